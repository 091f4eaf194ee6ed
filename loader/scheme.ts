/** Which colour scheme the page around a widget has, for `theme="auto"`: the guide matches
 *  the page it sits on, not the visitor's device (a light-only clinic site keeps a light
 *  guide for a visitor in dark mode; a dark site gets a dark one). In order:
 *
 *   1. `--botox-guide-scheme: light | dark | device` on the element (or inherited): the
 *      documented CSS switch;
 *   2. the `color-scheme` in effect for the element (CSS on it or an ancestor, `:root`);
 *   3. `<meta name="color-scheme">`;
 *   4. the colour behind the element (the first ancestor with a background), dark when its
 *      relative luminance is below `DARK_BELOW`.
 *
 *  A page that offers both schemes (`light dark`) gets `both`: the guide follows the device
 *  there. The rule that turns this into a theme is `rules.ts` (`resolveTheme`). */
export type Scheme = 'light' | 'dark' | 'both';

/** Below this relative luminance a background reads as dark (#767676 is about 0.18). */
const DARK_BELOW = 0.2;

export function pageScheme(el: Element): Scheme {
  const style = getComputedStyle(el);
  const declared = style.getPropertyValue('--botox-guide-scheme').trim();
  if (declared === 'light' || declared === 'dark') return declared;
  if (declared === 'device') return 'both';
  const fromCss = parse(style.colorScheme);
  if (fromCss) return fromCss;
  const meta = document.querySelector<HTMLMetaElement>('meta[name="color-scheme"]');
  const fromMeta = meta && parse(meta.content);
  if (fromMeta) return fromMeta;
  return background(el) < DARK_BELOW ? 'dark' : 'light';
}

/** `light`, `dark`, `light dark` (either order, `only` allowed) as a scheme; null for
 *  `normal` or nothing. */
export function parse(value: string | null | undefined): Scheme | null {
  const words = (value ?? '').toLowerCase().split(/\s+/);
  const light = words.includes('light');
  const dark = words.includes('dark');
  return light && dark ? 'both' : light ? 'light' : dark ? 'dark' : null;
}

/** The relative luminance of the first opaque-enough background behind `el` (its
 *  ancestors'); a page with none shows the canvas: white. */
function background(el: Element): number {
  for (let node: Element | null = el.parentElement; node; node = node.parentElement) {
    const seen = colour(getComputedStyle(node).backgroundColor);
    if (seen && seen.alpha > 0.5) return seen.luminance;
  }
  return 1;
}

/** A computed colour's relative luminance and alpha: `rgb()`/`rgba()`, which every sRGB colour
 *  (hex, names, `hsl()`) computes to; null for anything else (a page background given in
 *  another colour space: its ancestors are read then). */
export function colour(css: string): { luminance: number; alpha: number } | null {
  const n = css.match(/^rgba?\(([^)]*)\)$/)?.[1].split(/[\s,/]+/).map(parseFloat);
  return n ? { luminance: lum(n), alpha: n[3] ?? 1 } : null;
}

/** WCAG relative luminance of an sRGB colour (0 to 255 per channel). */
export const luminance = (rgb: [number, number, number]): number => lum(rgb);

function lum([r, g, b]: number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
