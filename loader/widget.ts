/**
 * One widget on the page, from its element to its live instance, as one typed state machine:
 *
 *   placeholder ──(its language's shell is here)──▶ waiting ──(page loaded / near / touched)──▶
 *   loading ──(the wasm mounted it)──▶ live          (any) ──▶ failed | gone
 *
 * It reads its options (attributes, the div form, the JS API) with `rules.ts`, warns once per
 * option, paints and lays out the prerendered view, and hands the wasm one canonical options
 * object. What the visitor did in the prerendered view (a tab picked, a date typed) is carried
 * over to the live widget.
 */
import type { LoaderData, OptionValues } from './data';
import type { Detail } from './events';
import { buildFor, type Build, type Instance, type Wasm } from './wasm';
import type { Packs } from './packs';
import type { Markets } from './markets';
import type { PlanLink } from './plan-link';
import { canonical, hasSavedPlan, normaliseName, parse, warningText } from './rules';
import { layOut, markUnavailable, openDetails, paint, partsOf, selectTab, toggleDetail, type Parts } from './shell';
import { Near, nextTask, type AfterLoad } from './schedule';
import { sameBuild } from './scripts';
import { pageScheme, type Scheme } from './scheme';

export type State =
  | { kind: 'placeholder' }
  | { kind: 'waiting'; until: 'page-load' | 'near' | 'touch' }
  | { kind: 'loading' }
  | { kind: 'live'; instance: Instance; build: Build }
  | { kind: 'failed'; message: string }
  | { kind: 'gone' };

/** What every widget on the page shares. */
export interface Page {
  data: LoaderData;
  wasm: Record<Build, Wasm>;
  packs: Packs;
  markets: Markets;
  /** The plan link the page's address held when the loader started (read once, removed). */
  plan: PlanLink | null;
  afterLoad: AfterLoad;
  near: Near;
  emit(el: Element, name: string, detail: Detail): void;
}

/** The placeholder shown until the first view can be painted (another language's pack is on
 *  its way): the element's own content (a clinic's fallback link), or a short loading line,
 *  with the guide's space reserved. */
const PLACEHOLDER_CSS = ':host{display:block;min-height:var(--botox-guide-reserved-height,480px);font-family:var(--botox-guide-font-family,inherit)}p{margin:0;padding:16px}';
let placeholderSheet: CSSStyleSheet | null = null;
let homePageWarned = false;

export class Widget {
  state: State = { kind: 'placeholder' };
  /** Options given through the JS API (by name, any spelling the API accepts). */
  private extra: Record<string, unknown> = {};
  /** The language and market of the view painted (`en/us`). */
  private painted: string | null = null;
  private parts: Parts | null = null;
  private visitorTab: string | null = null;
  private visitorTreatment: string | null = null;
  private pending = false;
  private warned: string[] = [];
  private wired = false;

  constructor(private page: Page, readonly el: Element) {}

  get live(): boolean {
    return this.state.kind === 'live';
  }

  get gone(): boolean {
    return this.state.kind === 'gone';
  }

  private get data(): LoaderData {
    return this.page.data;
  }

  /** The element's options as (name, value) pairs: on `<botox-guide>`, every attribute that
   *  is not a global one (a misspelt one is then named); on the div form, the `data-` ones. */
  private pairs(): [string, string][] {
    const { data, el } = this;
    const out: Record<string, string> = {};
    const isDiv = el.localName !== data.tag;
    for (const { name, value } of Array.from(el.attributes)) {
      if (isDiv) {
        if (name.startsWith('data-') && name !== 'data-botox-guide') out[name.slice(5)] = value;
        else if (data.options.some((o) => o.name === name)) this.warnOnce(`div:${name}`, `botox-guide: on <div data-botox-guide>, write data-${name}="…", not ${name}="…"; it is ignored.`);
      } else if (!name.startsWith('data-') && !name.startsWith('aria-') && !name.startsWith('on') && !data.globalAttributes.includes(name)) {
        out[name] = value;
      }
    }
    for (const [k, v] of Object.entries(this.extra)) if (v != null) out[normaliseName(k)] = String(v);
    // A plan link in the page's address is the visitor's own: it comes before the page's time.
    if (this.page.plan) out[data.planLink.option] = this.page.plan.time;
    return Object.entries(out);
  }

  /** The options as read now; warns about each refused value or unknown name once.
   *  `locale="auto"` follows the page's language and the browser's as they were when the
   *  widget first appeared: a widget never changes language because the page's `lang` did
   *  (or because of when its wasm arrived). */
  options(): OptionValues {
    this.returning ??= hasSavedPlan(this.data, () => localStorage);
    const parsed = parse(this.data, this.pairs(), this.returning);
    for (const w of parsed.warnings) this.warnOnce(w.option, warningText(this.data, w));
    this.languages ??= { page: document.documentElement.lang || null, browser: [...navigator.languages] };
    // Read from the page's computed style once, then again only when the page may have
    // changed it (`schemeChanged`, or new options): reading styles makes the browser work
    // out every pending style change, so it must not happen on every paint.
    if (parsed.options.theme === 'auto') this.scheme ??= pageScheme(this.el);
    return canonical(this.data, parsed.options, this.languages.page, this.languages.browser, this.scheme ?? undefined, this.page.plan?.treatment ?? null);
  }
  private scheme: Scheme | null = null;
  private languages: { page: string | null; browser: string[] } | null = null;
  /** Read once per widget: saving a plan during this visit does not move the tab. */
  private returning: boolean | null = null;

  /** Each option (or unknown name) is named once per widget, and at most `maxWarned` of them:
   *  a page that keeps changing a bad value does not fill the console. */
  private warnOnce(key: string, text: string): void {
    if (this.warned.includes(key) || this.warned.length > this.data.maxWarned) return;
    this.warned.push(key);
    if (this.warned.length > this.data.maxWarned) console.warn('botox-guide: more option warnings for this widget are left out.');
    else console.warn(text);
  }

  private message(key: 'loading' | 'failed' | 'unavailable' | 'contentLoading', locale: string): string {
    return (this.data.messages[locale] ?? this.data.messages[this.data.locales[0]])[key];
  }

  /** Attach the shadow root and paint what can be painted; false if the element cannot hold one. */
  mount(options?: Record<string, unknown>): boolean {
    if (options) Object.assign(this.extra, options);
    let root = this.el.shadowRoot;
    // A guide pasted in the page's HTML (`prerender`) is on screen and readable already: it
    // costs the page nothing more until the visitor touches it (a returning visitor's plan
    // wakes it at once).
    const pasted = root?.querySelector(`.${this.data.markup.frame}`);
    if (pasted && !this.painted) {
      // It listens for the visitor at once; what else could wake it is read a task later, so
      // that `embed.js`'s own evaluation and this reading are two short tasks, not one long
      // one on the page's main thread (docs/decisions.md, "What Lighthouse counts for the
      // first paint").
      this.state = { kind: 'waiting', until: 'touch' };
      this.watchInteraction();
      void nextTask().then(() => {
        if (this.state.kind !== 'waiting' || this.state.until !== 'touch') return;
        this.warnHomePage();
        // A plan that came with the page (`treatment-date`, a plan link) wakes it at once too.
        const planned = this.options()[this.data.planLink.option] != null;
        // Another build's copy may say other things than this build: painted over at once.
        const same = sameBuild(this.data, 'the pasted guide', pasted.getAttribute(this.data.markup.shellAttr) ?? '?');
        if (!same || this.returning || planned) {
          this.state = { kind: 'placeholder' };
          this.start();
        }
      });
      return true;
    }
    if (!root) {
      try {
        root = this.el.attachShadow({ mode: 'open' });
      } catch {
        return false;
      }
      try {
        placeholderSheet ??= new CSSStyleSheet();
        placeholderSheet.replaceSync(PLACEHOLDER_CSS);
        root.adoptedStyleSheets = [placeholderSheet];
      } catch {
        root.innerHTML = `<style>${PLACEHOLDER_CSS}</style>`;
      }
      const slot = document.createElement('slot');
      const p = document.createElement('p');
      p.textContent = this.message('loading', String(this.options().locale));
      slot.appendChild(p);
      root.appendChild(slot);
    }
    this.start();
    return true;
  }

  /** Paint the prerendered view and wait for the page's load (or the viewport) to go live. */
  private start(): void {
    this.warnHomePage();
    this.paintShell();
    this.watchInteraction();
    const lazy = this.options().loading === 'lazy';
    this.defer(lazy ? 'near' : 'page-load');
  }

  /** Where rules on promoting prescription-only medicines apply (the UK, Ireland), a guide on
   *  the site's home page is named once per page: that guidance advises against it. */
  private warnHomePage(): void {
    const market = String(this.options().market);
    if (homePageWarned || location.pathname !== '/' || !this.data.markets.nonPromotional.includes(market)) return;
    homePageWarned = true;
    console.warn(`botox-guide: market="${market}" on the site's home page, where advertising rules for prescription-only medicines advise against it: give the guide a page of its own (docs/markets.md).`);
  }

  /** Paint (once per language) and lay out the prerendered view, when its language is here. */
  paintShell(): void {
    if (this.live || this.gone) return;
    const root = this.el.shadowRoot!;
    const options = this.options();
    const locale = String(options.locale);
    const market = String(options.market);
    const shell = this.data.shells[locale];
    if (!shell) {
      // Painted when the pack comes (`Packs` calls back); a pack that cannot come leaves the
      // placeholder, and the wasm fetches the text itself.
      void this.page.packs.request(locale);
      return;
    }
    // Another market's view waits for its file (`Markets` calls back): never another
    // country's emergency number on screen, not even for a moment.
    const html = this.page.markets.view(market, locale, shell.html);
    if (html === null) {
      void this.page.markets.request(market);
      return;
    }
    // A pasted snippet (a declarative shadow root from `BotoxGuide.prerender` or the build)
    // holds only what was shown, as it was when it was made: it is painted over with this
    // build's view, which lays out the same, so nothing moves.
    const key = `${locale}/${market}`;
    if (this.painted !== key) {
      paint(this.data, root, html);
      this.parts = null;
    }
    this.painted = key;
    this.parts ??= partsOf(this.data, root);
    const notice = options['content-url'] ? this.message('contentLoading', locale) : null;
    layOut(this.data, this.parts, options, this.visitorTreatment ?? (options['plan-treatment'] as string | null), notice);
    this.shownTheme = options.theme;
    selectTab(this.data, root, this.visitorTab ?? String(options.tab));
    this.wire(root);
  }

  /** Until the wasm takes over, tabs and the treatment switch work in the prerendered view. */
  private wire(root: ShadowRoot): void {
    if (this.wired) return;
    this.wired = true;
    root.addEventListener('click', (e) => {
      // Until the live widget has replaced it, the shell's tabs still count (a click in the
      // moment between the wasm's mount and its first render is carried over at `ready`).
      const shell = (e.target as Element).closest?.(`[${this.data.markup.shellAttr}]`);
      const tab = shell && (e.target as Element).closest?.('[role=tab]');
      if (tab && selectTab(this.data, root, tab.getAttribute(this.data.markup.tabAttr)!)) this.visitorTab = tab.getAttribute(this.data.markup.tabAttr);
      const disclosure = !this.live && (e.target as Element).closest?.<HTMLElement>(`.${this.data.markup.disclosure}`);
      if (disclosure) toggleDetail(disclosure);
    });
    root.addEventListener('change', (e) => {
      const input = !this.live && (e.target as Element).closest?.<HTMLInputElement>(`.${this.data.markup.switchClass} input`);
      if (!input) return;
      this.visitorTreatment = input.value;
      this.paintShell();
    });
  }

  /** The page may have switched its own theme: with `theme="auto"`, follow it (one
   *  re-layout, or one update of the live widget, only when the scheme changed). */
  schemeChanged(): void {
    if (this.gone) return;
    this.scheme = null;
    const theme = this.options().theme;
    if (theme !== this.shownTheme) this.update();
  }
  /** The theme last laid out or handed to the wasm. */
  private shownTheme: unknown = null;

  /** New options (an attribute changed, or `update()`): kept at once, applied once per frame,
   *  so a page that changes many options (or one many times) costs one re-layout. */
  update(options?: Record<string, unknown>): void {
    if (options) Object.assign(this.extra, options);
    if (this.pending) return;
    this.pending = true;
    requestAnimationFrame(() => {
      this.pending = false;
      if (!this.gone) void this.apply();
    });
  }

  private async apply(): Promise<void> {
    this.scheme = null;
    this.warnHomePage();
    const lazy = this.options().loading === 'lazy';
    // A lazy widget switched to eager loads as eager ones do.
    if (this.state.kind === 'waiting' && this.state.until === 'near' && !lazy) {
      this.page.near.unwatch(this.el);
      this.defer('page-load');
    }
    if (this.state.kind !== 'live') this.paintShell();
    else if (this.state.build === 'lean' && buildFor(this.data, this.options()) === 'full') this.toFull(this.state.instance);
    else {
      const live = this.state;
      // English comes to the full wasm when first needed (docs/decisions.md, "Locales load on demand").
      if (live.build === 'full' && this.needsEnglish(String(this.options().locale))) await this.page.wasm.full.english().catch((err) => console.warn(err.message));
      if (this.state !== live) return;
      const options = this.options();
      this.shownTheme = options.theme;
      live.instance.update(JSON.stringify(options));
    }
  }

  /** Whether this widget may show English in the full wasm: it is in English, or its
   *  language's pack did not come (its file is then fetched, with English to fall back on). */
  private needsEnglish(locale: string): boolean {
    return locale === this.data.locales[0] || !this.data.shells[locale];
  }

  /** A live English widget given another language or a clinic's content-url: the lean wasm
   *  cannot show those, so the widget goes back to its prerendered view (in the new language,
   *  on the tab the visitor is on) while the full wasm takes over. Saved dates stay in storage. */
  private toFull(lean: Instance): void {
    const root = this.el.shadowRoot!;
    const selected = root.querySelector(`[role=tab][aria-selected=true]`)?.getAttribute(this.data.markup.tabAttr);
    lean.unmount();
    lean.free();
    if (selected) this.visitorTab = selected;
    this.state = { kind: 'placeholder' };
    this.painted = null;
    this.parts = null;
    this.paintShell();
    void this.goLive();
  }

  /** Which build this widget is, or would be, shown by. */
  get build(): Build {
    return this.state.kind === 'live' ? this.state.build : buildFor(this.data, this.options());
  }

  /** When the wasm is fetched: after the page's load in idle time, or near the viewport. */
  private defer(until: 'page-load' | 'near'): void {
    if (this.state.kind !== 'placeholder' && this.state.kind !== 'waiting') return;
    this.state = { kind: 'waiting', until };
    const go = () => { if (this.state.kind === 'waiting' && this.state.until === until) void this.goLive(); };
    if (until === 'near' && Near.supported()) this.page.near.watch(this.el, go);
    else this.page.afterLoad.add(go);
  }

  /** The pasted view stays as it is until the visitor's first touch, key or focus in it
   *  (`watchInteraction`); then the full view is painted over it (the same layout, so nothing
   *  moves), on the tab the visitor went for, with the focus where it was. */
  private wake(e: Event): void {
    const { tabAttr, tabPrefix } = this.data.markup;
    const tab = (e.composedPath()[0] as Element).closest?.('[role=tab]')?.getAttribute(tabAttr);
    if (tab) this.visitorTab = tab;
    this.state = { kind: 'placeholder' };
    this.paintShell();
    if (tab && e.type === 'focusin') this.el.shadowRoot!.getElementById(tabPrefix + tab)?.focus();
  }

  private watching = false;

  /** At once on the visitor's first touch, key or focus in the widget. */
  private watchInteraction(): void {
    if (this.watching) return;
    this.watching = true;
    for (const type of ['pointerdown', 'keydown', 'focusin']) {
      this.el.addEventListener(type, (e) => {
        if (this.state.kind !== 'waiting') return;
        if (this.state.until === 'touch') this.wake(e);
        void this.goLive();
      }, { once: true, capture: true, passive: true });
    }
  }

  /** Load the wasm (once per page) and render the live widget in place of the prerendered view. */
  async goLive(): Promise<void> {
    if (this.state.kind !== 'waiting' && this.state.kind !== 'placeholder') return;
    this.state = { kind: 'loading' };
    const options = this.options();
    const locale = String(options.locale);
    const build = buildFor(this.data, options);
    let glue;
    try {
      // A language's pack is far smaller than the wasm and asked for first: the wasm is then
      // handed its text rather than fetching it again.
      [glue] = await Promise.all([this.page.wasm[build].load(locale === this.data.locales[0]), locale === this.data.locales[0] ? null : this.page.packs.request(locale)]);
      if (build === 'full' && this.needsEnglish(locale)) await this.page.wasm.full.english();
      // Each widget takes over in a task of its own.
      await nextTask();
    } catch (err) {
      this.fail((err as Error).message);
      return;
    }
    if (this.state.kind !== 'loading') return;
    const root = this.el.shadowRoot!;
    const done = shellInput(this.data, root);
    const opened = openDetails(this.data, root);
    // Carried over once the live widget has rendered (its `ready`; a clinic's own content
    // may keep it waiting for a while).
    this.el.addEventListener(this.data.events.prefix + 'ready', () => {
      const picked = this.visitorTab;
      if (!picked && !done.controls.length && !done.focus && !opened.length) return;
      const tab = picked ? root.getElementById(this.data.markup.tabPrefix + picked) : null;
      if (tab && tab.getAttribute('aria-selected') !== 'true') tab.click();
      // A detail the visitor opened stays open (its button is in a panel that may render a
      // frame or two later).
      const button = (id: string) => root.querySelector<HTMLElement>(`.${this.data.markup.disclosure}[aria-controls="${CSS.escape(id)}"]`);
      afterRender(root, () => {
        for (const id of opened) if (button(id)?.getAttribute('aria-expanded') === 'false') button(id)!.click();
        restoreInput(root, done);
      }, () => done.controls.every((c) => !c.key || root.querySelector(c.key)) && opened.every((id) => button(id)));
    }, { once: true });
    try {
      performance.mark('botox-guide:mount-start');
      const options = this.options();
      this.shownTheme = options.theme;
      const instance = glue.mount(root, JSON.stringify(options), (name, detail) => this.page.emit(this.el, name, detail));
      performance.mark('botox-guide:mount-end');
      this.state = { kind: 'live', instance, build };
    } catch (err) {
      this.fail(`botox-guide: the widget failed to start (${(err as Error)?.message ?? err}).`);
    }
  }

  /** The wasm could not load: said once, in the console and by an event; the prerendered
   *  view stays readable, with what needs the wasm switched off. */
  fail(message: string): void {
    if (this.gone) return;
    this.state = { kind: 'failed', message };
    this.page.emit(this.el, 'error', { message });
    const root = this.el.shadowRoot;
    const locale = String(this.options().locale);
    const p = root?.querySelector('slot > p');
    if (p) p.textContent = this.message('failed', locale);
    if (root) markUnavailable(this.data, root, this.message('unavailable', locale));
  }

  unmount(): void {
    const state = this.state;
    this.state = { kind: 'gone' };
    this.page.near.unwatch(this.el);
    if (state.kind === 'live') {
      state.instance.unmount();
      state.instance.free();
    }
  }
}

interface Control {
  key: string | null;
  toggled: boolean;
  checked: boolean;
  value: string;
}

/** What the visitor did in the prerendered view's form controls, and where the focus is. */
function shellInput(data: LoaderData, root: ShadowRoot): { controls: Control[]; focus: string | null } {
  const frame = root.querySelector(`.${data.markup.frame}[${data.markup.shellAttr}]`);
  const controls: Control[] = [];
  frame?.querySelectorAll('input').forEach((i) => {
    const toggled = i.type === 'radio' || i.type === 'checkbox';
    // A radio group is carried by the option chosen (the others follow).
    const changed = i.type === 'radio' ? i.checked && !i.defaultChecked : toggled ? i.checked !== i.defaultChecked : i.value !== i.defaultValue;
    if (changed) controls.push({ key: controlKey(data, i), toggled, checked: i.checked, value: i.value });
  });
  const active = frame && root.activeElement;
  return { controls, focus: active && frame.contains(active) ? controlKey(data, active) : null };
}

/** A selector for the same control in the live widget. */
function controlKey(data: LoaderData, el: Element): string | null {
  if (el.id) return `#${CSS.escape(el.id)}`;
  const item = el.getAttribute(data.markup.itemAttr);
  if (item) return `input[${data.markup.itemAttr}="${CSS.escape(item)}"]`;
  const input = el as HTMLInputElement;
  if (input.name) return `input[name="${CSS.escape(input.name)}"][value="${CSS.escape(input.value)}"]`;
  return null;
}

function restoreInput(root: ShadowRoot, done: { controls: Control[]; focus: string | null }): void {
  for (const c of done.controls) {
    const live = c.key ? root.querySelector<HTMLInputElement>(c.key) : null;
    if (!live) continue;
    if (c.toggled) {
      if (live.checked !== c.checked) live.click();
    } else if (live.value !== c.value) {
      live.value = c.value;
      live.dispatchEvent(new Event('input', { bubbles: true }));
      live.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }
  const focus = done.focus ? root.querySelector<HTMLElement>(done.focus) : null;
  focus?.focus();
}

/** Run `fn` once `ready()` holds (the picked tab's panel has rendered), or after 20 frames. */
function afterRender(root: ShadowRoot, fn: () => void, ready: () => boolean, tries = 0): void {
  requestAnimationFrame(() => {
    if (ready() || tries >= 20) fn();
    else afterRender(root, fn, ready, tries + 1);
  });
}
