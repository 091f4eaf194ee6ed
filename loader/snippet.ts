/**
 * The snippet builder's recommended snippet (`prerender` in `builder.ts`): the guide as a page
 * pastes it inside its element (a declarative shadow root), laid out for the options by the
 * widget itself (`BotoxGuide.mount` on a detached element: the same `shell.ts` code as every
 * first paint). Only what is on screen is kept: the hidden tabs' panels, treatments and closed
 * details stay as empty elements (so the stylesheet's `:last-child` and `+` rules match as
 * they do in the full view, and nothing moves when the loader paints the full view over it);
 * the stylesheet is inline, so the guide paints with the page's own HTML, with no request of
 * its own, and keeps only the rules that can apply to what is pasted (the full one comes
 * with the full view). Before the template, a style with the colour tokens' `@property`
 * registrations (`properties`, the same generated text `embed.js` adopts into the document:
 * `@property` counts only there, not inside the template), so the pasted guide is styled as
 * fast as a painted one, before any script. Inside the template, first, the hold (`hold`,
 * generated): the guide sits out the page's first frame and paints in the next. Not part of
 * `embed.js`: a clinic's page never needs it.
 */
const attr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

export function snippet(root: ShadowRoot, properties: string, hold: string, nonce = ''): string {
  const copy = document.createElement('div');
  root.childNodes.forEach((n) => copy.appendChild(n.cloneNode(true)));
  copy.querySelectorAll('[hidden]').forEach((el) => el.replaceChildren());
  const n = nonce ? ` nonce="${attr(nonce)}"` : '';
  const css = root.adoptedStyleSheets.map((sheet) => usedRules(sheet.cssRules, copy)).join('');
  return `<style${n}>${properties}</style><template shadowrootmode="open"><style${n}>${hold}${css}</style>${copy.innerHTML}</template>`;
}

/** States a pasted element may be in later (hover, focus…), and pseudo-elements: left out
 *  when asking whether a selector matches anything. */
const LATER = /::?(?:hover|focus-visible|focus-within|focus|active|visited|target|before|after|marker|placeholder|-webkit-[a-z-]+)\b(?:\([^)]*\))?/g;

/** The rules that can apply to `scope`'s elements: every `:host` rule, at-rules without
 *  selectors, and style rules with a selector that matches there (in any state); nothing
 *  for print, which the full view serves. */
function usedRules(rules: CSSRuleList, scope: Element): string {
  let out = '';
  for (const rule of Array.from(rules)) {
    if (rule instanceof CSSStyleRule) {
      if (matches(rule.selectorText, scope)) out += rule.cssText.replace(/\s*([{};])\s*/g, '$1');
    } else if (rule instanceof CSSMediaRule) {
      if (/\bprint\b/.test(rule.conditionText)) continue;
      const inner = usedRules(rule.cssRules, scope);
      if (inner) out += `@media ${rule.conditionText}{${inner}}`;
    } else if (rule instanceof CSSSupportsRule) {
      const inner = usedRules(rule.cssRules, scope);
      if (inner) out += `@supports ${rule.conditionText}{${inner}}`;
    } else out += rule.cssText;
  }
  return out;
}

function matches(selectorText: string, scope: Element): boolean {
  if (selectorText.includes(':host')) return true;
  for (const selector of splitSelectors(selectorText)) {
    const base = selector.replace(LATER, '').trim() || '*';
    try {
      if (scope.querySelector(base)) return true;
    } catch {
      return true; // a selector this check cannot read: kept
    }
  }
  return false;
}

/** A selector list split at its top-level commas (not those inside `:is(…)`, `:not(…)`). */
function splitSelectors(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}
