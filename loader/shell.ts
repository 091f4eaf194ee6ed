/**
 * The prerendered first view ("shell"): the guide rendered at build time by the same Yew
 * components the wasm runs, for every tab and treatment. The loader paints it once per
 * language and lays it out for a widget's options by showing, hiding and filling the parts the
 * markup contract names (`DATA.markup`, from `src/markup.rs`); it never writes the guide's
 * text itself. A later change of options patches it in place.
 */
import type { LoaderData, OptionValues } from './data';

/** The parts options add or take away, kept from the first paint so a change can put them back. */
export interface Parts {
  frame: HTMLElement;
  list: HTMLElement;
  footer: HTMLElement;
  title: HTMLElement | null;
  titleText: string;
  /** A clean copy of the clinic card template. */
  card: HTMLElement | null;
  tabs: Record<string, HTMLElement | null>;
  panels: Record<string, HTMLElement | null>;
}

let sheet: CSSStyleSheet | null = null;
/** One constructable stylesheet for every shell (and, from the same text, every live widget).
 *  The first one also registers the colour tokens with the document (`register`). */
export function shellSheet(data: LoaderData): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(data.css);
    register(data);
  }
  return sheet;
}

/** The colour tokens as registered `<color>` properties (`data.properties`), added to the
 *  document's adopted sheets once per page: `@property` counts only there, not in a shadow
 *  root. Each derived colour is then worked out once per guide instead of at every element
 *  that uses it (xtask/src/styles/host.rs). Only the guide's own `--botox-guide-used-*` names;
 *  without it (a browser without adopted sheets, or a page that replaces the document's) the
 *  guide looks the same, styled a little slower. Kept for the page's life, like the element's
 *  definition. */
function register(data: LoaderData): void {
  try {
    const properties = new CSSStyleSheet();
    properties.replaceSync(data.properties);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, properties];
  } catch {
    // Not a failure: see above.
  }
}

/** Paint `shell` into `root` (replacing what is there). */
/** Paint `html`: a shell's, as its market shows it (`Markets.view`). */
export function paint(data: LoaderData, root: ShadowRoot, html: string): void {
  root.adoptedStyleSheets = [shellSheet(data)];
  root.innerHTML = html;
}

export function partsOf(data: LoaderData, root: ShadowRoot): Parts {
  const m = data.markup;
  const frame = root.querySelector<HTMLElement>(`.${m.frame}`)!;
  const title = frame.querySelector<HTMLElement>(`.${m.title}`);
  const card = frame.querySelector<HTMLElement>(`.${m.card}`);
  const parts: Parts = {
    frame,
    list: frame.querySelector<HTMLElement>(`.${m.tablist}`)!,
    footer: frame.querySelector<HTMLElement>(`.${m.footer}`)!,
    title,
    titleText: title?.textContent ?? '',
    card: card ? (card.cloneNode(true) as HTMLElement) : null,
    tabs: {},
    panels: {},
  };
  for (const id of data.tabs) {
    parts.tabs[id] = root.getElementById(m.tabPrefix + id);
    parts.panels[id] = root.getElementById(m.panelPrefix + id);
  }
  return parts;
}

/** Lay the shell out for `options`: its sections in order, title, theme, treatment, clinic
 *  card, review line and notices. `visitorTreatment` is the switch's choice in the shell. */
export function layOut(data: LoaderData, parts: Parts, options: OptionValues, visitorTreatment: string | null, notice: string | null): void {
  const m = data.markup;
  const { frame } = parts;
  // Marked as the prerendered view of this build (a pasted copy says which build made it).
  frame.setAttribute(m.shellAttr, data.version);
  const sections = options.sections as string[];
  const anchor = frame.querySelector(`.${m.card}`) ?? parts.footer;
  for (const id of data.tabs) {
    if (!sections.includes(id)) {
      parts.tabs[id]?.remove();
      parts.panels[id]?.remove();
    }
  }
  for (const id of sections) {
    if (parts.tabs[id]) parts.list.appendChild(parts.tabs[id]!);
    if (parts.panels[id]) frame.insertBefore(parts.panels[id]!, anchor);
  }
  // What only makes sense with another tab shown (a button that opens it).
  frame.querySelectorAll<HTMLElement>(`[${m.needsTabAttr}]`).forEach((el) => {
    el.hidden = !sections.includes(el.getAttribute(m.needsTabAttr)!);
  });
  if (parts.title) {
    if (options.heading === 'none') parts.title.remove();
    else {
      parts.title.textContent = (options.heading as string | null) ?? parts.titleText;
      if (!parts.title.isConnected) frame.insertBefore(parts.title, frame.firstChild);
    }
  }
  frame.setAttribute('data-theme', String(options.theme));
  showTreatment(data, frame, options, visitorTreatment);
  fillCard(data, parts, options);
  fillReview(data, frame, options);
  let shown = frame.querySelector<HTMLElement>(`[${m.contentLoadingAttr}]`);
  if (notice && !shown) {
    shown = document.createElement('p');
    shown.className = m.notice;
    shown.setAttribute('role', 'status');
    shown.setAttribute(m.contentLoadingAttr, '');
    shown.textContent = notice;
    frame.insertBefore(shown, parts.list);
  } else if (!notice && shown) shown.remove();
}

/** Every treatment's figures and steps are prerendered (`data-treatment`): show the clinic's
 *  treatment (with `both`, the one the visitor picked, first the first), and the switch only
 *  for `both`, set to it. */
export function showTreatment(data: LoaderData, frame: HTMLElement, options: OptionValues, visitorTreatment: string | null): void {
  const m = data.markup;
  const both = options.treatment === 'both';
  const shown = both ? visitorTreatment ?? data.treatments[0] : String(options.treatment);
  frame.querySelectorAll<HTMLElement>(`[${m.treatmentAttr}]`).forEach((el) => {
    el.hidden = el.getAttribute(m.treatmentAttr) !== shown;
  });
  frame.querySelectorAll<HTMLElement>(`.${m.switchClass}`).forEach((s) => {
    s.hidden = !both;
    s.querySelectorAll('input').forEach((i) => { i.checked = i.value === shown; });
  });
}

/** The clinic card template (placeholders from the data): a fresh copy filled from the
 *  options, or none; the live widget then takes the same space. */
function fillCard(data: LoaderData, parts: Parts, options: OptionValues): void {
  const m = data.markup;
  parts.frame.querySelector(`.${m.card}`)?.remove();
  const name = options['clinic-name'] as string | null;
  const phone = options.phone as string | null;
  const booking = options['booking-url'] as string | null;
  const href = options['phone-href'] as string | null;
  if (!parts.card || (!name && !phone && !booking)) return;
  const template = data.shells[parts.frame.getAttribute('lang') ?? data.locales[0]]?.card ?? data.shells[data.locales[0]].card;
  const card = parts.card.cloneNode(true) as HTMLElement;
  card.querySelector('h2')!.textContent = name || card.getAttribute('aria-label');
  const [call, book] = Array.from(card.querySelectorAll('a'));
  if (phone && href) {
    call.href = href;
    call.textContent = call.textContent!.replace(template.phone, phone);
  } else call.remove();
  if (booking) book.href = booking;
  else book.remove();
  // The printed sheet's lines: the number, and the booking address in full.
  const printed = (kind: string, value: string | null, placeholder: string) => {
    const line = card.querySelector(`[${m.printAttr}=${kind}]`);
    if (line && value) line.textContent = line.textContent!.replace(placeholder, value);
    else line?.remove();
  };
  printed('phone', phone, template.phone);
  printed('booking', booking, template.booking);
  parts.frame.insertBefore(card, parts.footer);
}

/** The footer's review line (`data-review` parts): "not reviewed" and when the guide was
 *  written, or the reviewer's name and the review date, worded by the browser with the
 *  options the live widget uses. */
function fillReview(data: LoaderData, frame: HTMLElement, options: OptionValues): void {
  const attr = data.markup.reviewAttr;
  const by = options['reviewed-by'] as string | null;
  const on = options['reviewed-on'] as string | null;
  const signed = Boolean(by || on);
  frame.querySelectorAll<HTMLElement>(`[${attr}]`).forEach((part) => {
    const kind = part.getAttribute(attr);
    part.hidden = kind === 'none' || kind === 'unsigned' ? signed : kind === 'signed' ? !signed : kind === 'by' ? !by : !on;
  });
  const name = frame.querySelector(`[${attr}=by] bdi`);
  if (name) name.textContent = by ?? '';
  const time = frame.querySelector(`[${attr}=on] time`);
  if (time && on) {
    const [y, mo, d] = on.split('-').map(Number);
    time.setAttribute('datetime', on);
    time.textContent = new Intl.DateTimeFormat(frame.getAttribute('lang') ?? undefined, data.longDate).format(Date.UTC(y, mo - 1, d));
  }
}

/** Select tab `id` in the shell as the live widget's tabs would (selected, focusable, its
 *  panel shown). */
export function selectTab(data: LoaderData, root: ShadowRoot, id: string): boolean {
  const m = data.markup;
  if (!root.getElementById(m.tabPrefix + id)) return false;
  root.querySelectorAll<HTMLElement>('[role=tab]').forEach((t) => {
    const on = t.getAttribute(m.tabAttr) === id;
    t.setAttribute('aria-selected', on ? 'true' : 'false');
    t.tabIndex = on ? 0 : -1;
    const panel = root.getElementById(t.getAttribute('aria-controls') ?? '');
    if (panel) panel.hidden = !on;
  });
  return true;
}

/** Open or close a tab's full detail in the shell, as the live widget's button does. */
export function toggleDetail(button: HTMLElement): void {
  const open = button.getAttribute('aria-expanded') !== 'true';
  button.setAttribute('aria-expanded', open ? 'true' : 'false');
  const root = button.getRootNode() as ShadowRoot;
  const detail = root.getElementById(button.getAttribute('aria-controls') ?? '');
  if (detail) detail.hidden = !open;
}

/** The ids of the details open in the shell (their buttons' `aria-controls`). */
export function openDetails(data: LoaderData, root: ShadowRoot): string[] {
  return Array.from(root.querySelectorAll<HTMLElement>(`.${data.markup.disclosure}[aria-expanded=true]`), (b) => b.getAttribute('aria-controls') ?? '').filter(Boolean);
}

/** The parts that need the wasm (the date planner, the treatment switch) are switched off,
 *  with a line saying so; the guide stays readable. */
export function markUnavailable(data: LoaderData, root: ShadowRoot, text: string): void {
  const m = data.markup;
  const frame = root.querySelector<HTMLElement>(`.${m.frame}[${m.shellAttr}]`);
  if (!frame || frame.querySelector(`.${m.notice}:not([${m.contentLoadingAttr}])`)) return;
  const notice = document.createElement('p');
  notice.className = m.notice;
  notice.setAttribute('role', 'status');
  notice.textContent = text;
  frame.insertBefore(notice, frame.querySelector(`.${m.tablist}`));
  frame.querySelectorAll<HTMLInputElement | HTMLButtonElement>('.plan-controls input, .plan-controls button, .switch input').forEach((c) => { c.disabled = true; });
}
