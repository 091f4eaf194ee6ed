/**
 * The ES module entry (`botox-guide/define`, `dist/botox-guide-define.mjs`): the same loader as
 * `embed.js`, for apps built with a bundler. Importing it does nothing; `define()` defines
 * `<botox-guide>` and `window.BotoxGuide` once per page and returns the API. Its files (the
 * wasm, its glue, the language packs) are found next to this module (`import.meta.url`), or in
 * the folder `define({ base })` names. Safe to import on a server: it touches `window` only
 * inside `define()`, which there returns `undefined`.
 *
 * `botox-guide` itself (`dist/botox-guide.mjs`) imports this module and calls `define()`.
 */
import type { LoaderData } from './data';
import { start, type Api } from './embed';

declare const DATA: LoaderData;

export interface DefineOptions {
  /** The folder (URL, absolute or relative to the page) holding the files of
   *  `botox-guide/dist/`. Default: the folder this module was loaded from. */
  base?: string | URL;
  /** A nonce for the language-pack scripts, for pages with a nonce-based CSP. */
  nonce?: string;
}

/** This build's version. */
export const version: string = DATA.version;

let defined: { base: string; api: Api } | null = null;

/** Define `<botox-guide>` (once per page) and return `window.BotoxGuide`; `undefined` where
 *  there is no page (server rendering, a worker). */
export function define(options: DefineOptions = {}): Api | undefined {
  if (typeof window === 'undefined' || typeof document === 'undefined') return undefined;
  const base = options.base != null ? folder(String(options.base)) : ownFolder();
  if (defined) {
    if (options.base != null && base !== defined.base) {
      console.warn(`botox-guide: already defined with its files in ${defined.base}; define({ base }) must come first (import 'botox-guide/define' rather than 'botox-guide', which defines at once).`);
    }
    return defined.api;
  }
  defined = { base, api: start(DATA, base, options.nonce ?? '') };
  return defined.api;
}

/** `url` (relative to the page) as a folder address ending in `/`. */
function folder(url: string): string {
  const href = new URL(url, document.baseURI).href;
  return href.endsWith('/') ? href : href + '/';
}

/** The folder of this module as the page loaded it. A bundler may have replaced
 *  `import.meta.url` (webpack writes the file's address on the build machine): then there is
 *  no telling where the files are served, and the warning says what to do. */
function ownFolder(): string {
  const url = (import.meta as { url?: string }).url;
  if (url && /^https?:$/.test(new URL(url).protocol) === /^https?:$/.test(location.protocol)) return new URL('.', url).href;
  const guess = new URL('.', document.baseURI).href;
  console.warn(`botox-guide: cannot tell where its files are served (this module's address is ${url ?? 'unknown'}); it looks in ${guess}. Serve the files of botox-guide/dist/ and call define({ base: '/their-folder/' }) from 'botox-guide/define'.`);
  return guess;
}
