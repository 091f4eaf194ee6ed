/**
 * The page boundary, and nothing else: `start` defines `<botox-guide>`, mounts into every
 * `<div data-botox-guide>` (now and later), and offers `window.BotoxGuide`:
 *
 *   BotoxGuide.mount(element, options) -> { element, update(options), unmount() }
 *   BotoxGuide.ready (a Promise), BotoxGuide.stats(), BotoxGuide.version, BotoxGuide.options
 *
 * Everything a visitor sees comes from Rust: the prerendered view (built by the Yew components
 * at build time) until the wasm takes over, then the live widget. The build bundles these
 * modules with esbuild twice: `embed.js` (a classic script, `boot.ts`) and the ES module
 * entry (`define.ts`); both call `start` with the data generated from the Rust tables.
 */
import type { LoaderData } from './data';
import { emit } from './events';
import { takePlanLink } from './plan-link';
import { Home } from './home';
import { Packs } from './packs';
import { Markets } from './markets';
import { AfterLoad, Near, nextTask } from './schedule';
import { Wasm, type Build, type Glue } from './wasm';
import { Widget, type Page } from './widget';

export interface Handle {
  element: Element;
  update(options?: Record<string, unknown>): void;
  unmount(): void;
}

/** `window.BotoxGuide`. */
export type Api = ReturnType<typeof start>;

/** Define the element and the API once per page; `base`: the folder holding the wasm, its
 *  glue and the language packs; `nonce`: for the pack scripts under a strict CSP. Loaded
 *  twice (a script tag and a module, or two copies), the first one stays and is returned. */
export function start(data: LoaderData, base: string, nonce: string) {
  const existing = (window as unknown as { BotoxGuide?: { version?: string } }).BotoxGuide;
  if (existing?.version) {
    if (existing.version !== data.version) console.warn(`botox-guide: version ${data.version} was loaded on a page that already runs ${existing.version}; the first one stays. Load one copy.`);
    return existing as unknown as ReturnType<typeof create>;
  }
  return create(data, base, nonce);
}

function create(data: LoaderData, base: string, nonce: string) {
  const widgets = new WeakMap<Element, Widget>();
  const live = new Set<Widget>();

  const provide = (glue: Glue, locale: string) => {
    try {
      glue.add_locale?.(locale, data.shells[locale].content ?? '');
    } catch (err) {
      console.warn((err as Error)?.message ?? err);
    }
  };
  // "Send to my phone" is a small wasm of its own, fetched when a visitor first asks.
  const home = new Home(data, base, (el, name, detail) => page.emit(el, name, detail));
  const wasm: Record<Build, Wasm> = {
    lean: new Wasm(data, base, 'lean', async (glue) => glue.set_home(home.call)),
    full: new Wasm(data, base, 'full', async (glue) => {
      glue.set_home(home.call);
      // Other languages' texts came with their packs: each read in a task of its own.
      for (const locale of Object.keys(data.shells).filter((l) => l !== data.locales[0])) {
        await nextTask();
        provide(glue, locale);
      }
    }),
  };
  const packs = new Packs(data, base, nonce, (locale) => {
    if (wasm.full.ready) provide(wasm.full.ready, locale);
    live.forEach((w) => w.paintShell());
  });
  const markets = new Markets(data, base, nonce, () => live.forEach((w) => w.paintShell()));
  const page: Page = { data, wasm, packs, markets, plan: takePlanLink(data), afterLoad: new AfterLoad(), near: new Near(), emit: (el, name, detail) => emit(data, el, name, detail, widgets.get(el)?.options().analytics === data.events.dataLayerOption) };

  const handle = (w: Widget): Handle => ({ element: w.el, update: (o) => w.update(o), unmount: () => unmount(w.el) });

  function mount(el: Element, options?: Record<string, unknown>): Handle | null {
    if (!el || el.nodeType !== 1) {
      console.warn(`botox-guide: mount() needs an element, got ${el}`);
      return null;
    }
    const known = widgets.get(el);
    if (known) {
      if (options) known.update(options);
      return handle(known);
    }
    const w = new Widget(page, el);
    widgets.set(el, w);
    live.add(w);
    if (!w.mount(options)) {
      console.warn('botox-guide: this element cannot hold a shadow root; use <botox-guide> or a <div>.');
      widgets.delete(el);
      live.delete(w);
      return null;
    }
    return handle(w);
  }

  function unmount(el: Element): void {
    const w = widgets.get(el);
    if (!w) return;
    widgets.delete(el);
    live.delete(w);
    w.unmount();
  }

  // <botox-guide> custom element.
  const define = () => {
    if (window.customElements && !customElements.get(data.tag)) {
      const names = data.options.map((o) => o.name);
      customElements.define(data.tag, class extends HTMLElement {
        static get observedAttributes() { return names; }
        connectedCallback() { mount(this); }
        disconnectedCallback() {
          // Moving an element (remove and insert in one task) must not reset it.
          queueMicrotask(() => { if (!this.isConnected) unmount(this); });
        }
        attributeChangedCallback() { widgets.get(this)?.update(); }
      });
    }
  };

  // <div data-botox-guide> for page builders that strip unknown tags; also ones added later.
  const scan = (node: Node) => {
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.hasAttribute('data-botox-guide')) mount(el);
    el.querySelectorAll('[data-botox-guide]').forEach((found) => mount(found));
  };
  const observer = new MutationObserver((mutations) => {
    let removed = false;
    for (const m of mutations) {
      if (m.type === 'attributes') {
        const w = widgets.get(m.target as Element);
        if (w) w.update();
        else if (m.attributeName === 'data-botox-guide' && (m.target as Element).hasAttribute('data-botox-guide')) mount(m.target as Element);
        continue;
      }
      m.addedNodes.forEach(scan);
      if (m.removedNodes.length) removed = true;
    }
    if (removed) live.forEach((w) => { if (!w.el.isConnected) unmount(w.el); });
  });
  // A page that switches its own theme (a class, a `color-scheme` or a style on <html> or
  // <body>, a <meta name="color-scheme">): widgets with theme="auto" follow, once the new
  // colours apply (the next frame) and again once a colour transition has had time to end.
  const schemeWatch = new MutationObserver(() => {
    for (const wait of [0, 400]) setTimeout(() => requestAnimationFrame(() => live.forEach((w) => w.schemeChanged())), wait);
  });
  const watchScheme = () => {
    schemeWatch.observe(document.documentElement, { attributes: true });
    if (document.body) schemeWatch.observe(document.body, { attributes: true });
    if (document.head) schemeWatch.observe(document.head, { childList: true, subtree: true, attributes: true, attributeFilter: ['content', 'name'] });
  };
  const begin = () => {
    watchScheme();
    scan(document.documentElement);
    observer.observe(document.documentElement, {
      childList: true, subtree: true, attributes: true,
      attributeFilter: ['data-botox-guide', ...data.options.map((o) => `data-${o.name}`)],
    });
  };
  define();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', begin);
  else begin();


  const api = {
    version: data.version,
    mount,
    options: data.options.map((o) => o.name),
    /** Numbers for debugging and the benchmark: live widgets, waiting ones, the wasm memory
     *  in bytes (both builds, when a page has loaded both). */
    stats: () => ({
      instances: live.size,
      waiting: [...live].filter((w) => w.state.kind === 'waiting').length,
      wasmMemoryBytes: wasm.lean.memoryBytes + wasm.full.memoryBytes,
    }),
  };
  // Asking for `ready` starts loading the wasm the page's widgets need (the lean one when
  // there are none yet) even before they would; a failed load is reported through events,
  // never thrown at the page.
  Object.defineProperty(api, 'ready', {
    enumerable: true,
    get: () => {
      const builds = new Set<Build>([...live].map((w) => w.build));
      if (!builds.size) builds.add('lean');
      const p = Promise.all([...builds].map((b) => wasm[b].load())).then(() => api);
      p.catch(() => {});
      return p;
    },
  });
  (window as unknown as { BotoxGuide: typeof api }).BotoxGuide = api;
  return api as typeof api & { readonly ready: Promise<typeof api> };
}
