/** The wasm and its wasm-bindgen glue, in two builds (docs/decisions.md, "The lean wasm"):
 *  the lean one has English built in and reads no file (what an English page without a
 *  clinic's own content loads); the full one reads every language and a clinic's
 *  `content-url`. Each is fetched at most once per page with its integrity hash, started in
 *  tasks of its own, and a failure named (the file, where it was looked for, and why:
 *  missing, from another build, or refused by the network). */
import type { LoaderData, OptionValues, WasmFiles } from './data';
import { nextTask } from './schedule';

export type Build = 'lean' | 'full';

/** The build a widget with these options needs: the lean one shows English in the default
 *  market, built in. */
export function buildFor(data: LoaderData, options: OptionValues): Build {
  return options.locale === data.locales[0] && !options['content-url'] && options.market === data.defaults.market ? 'lean' : 'full';
}

/** One live widget, as the wasm returns it (`src/embed/mod.rs`, `Instance`). */
export interface Instance {
  update(options: string): void;
  unmount(): void;
  free(): void;
}

/** The wasm's entry points (`src/embed/mod.rs`). */
export interface Glue {
  default(init: { module_or_path: Promise<Response> | Response | string }): Promise<{ memory?: WebAssembly.Memory }>;
  init(base: string, css: string, content: string): void;
  prepare(): void;
  /** Where "Send to my phone" is drawn from (`loader/home.ts`). */
  set_home(home: (action: string, container: Element, link: string) => void): void;
  /** The full build only. */
  add_locale?(locale: string, content: string): void;
  /** `options`: the canonical options as JSON; `emit(name, detail)` dispatches an event. */
  mount(shadow: ShadowRoot, options: string, emit: (name: string, detail: Record<string, unknown>) => void): Instance;
}

export class Wasm {
  private started: Promise<Glue> | null = null;
  private memory: WebAssembly.Memory | null = null;
  /** The glue once `init` and `prepare` have run. */
  ready: Glue | null = null;

  constructor(private data: LoaderData, private base: string, readonly build: Build, private onReady: (glue: Glue) => Promise<void>) {}

  get memoryBytes(): number {
    return this.memory ? this.memory.buffer.byteLength : 0;
  }

  /** Start loading (once); resolves with the glue when the widget can mount. `english`:
   *  the full build also fetches the English text alongside (the first widget needs it);
   *  a page whose first widget is in a language with its pack skips it, and `english()`
   *  fetches it if a widget needs it later. */
  load(english = true): Promise<Glue> {
    this.started ??= this.start(english);
    return this.started;
  }

  private englishText: Promise<string> | null = null;

  /** The full build's English text handed to the wasm (before a widget that may show English
   *  mounts or switches to it; the text is fetched once, and a second hand-over does nothing). */
  english(): Promise<unknown> {
    return Promise.all([this.load(), this.fetchEnglish()]).then(([glue, text]) => glue.add_locale?.(this.data.locales[0], text));
  }

  private fetchEnglish(): Promise<string> {
    return (this.englishText ??= this.fetchChecked(this.data.files.full.english).then((r) => r.text()));
  }

  private get files(): WasmFiles {
    return this.data.files[this.build];
  }

  /** A failed file named, with why: a checked (integrity) fetch hides the answer, so a
   *  second, plain request tells a missing file (an error status, or a web page where the
   *  file should be: a single-page app's server answers every address with its page) from
   *  one of another build, and both from a refusal by the network. */
  private named(file: string, url: string) {
    return async (err: unknown): Promise<never> => {
      throw new Error(`${file} could not be loaded from ${url} (${await why(url, err)})`);
    };
  }

  /** `file` in the files' folder, checked by its hash; a failure named. */
  private fetchChecked(file: string): Promise<Response> {
    const response = fetchChecked(this.data, this.base, file).catch(this.named(file, this.base + file));
    response.catch(() => {});
    return response;
  }

  private async start(withEnglish: boolean): Promise<Glue> {
    const files = this.files;
    const glueUrl = preloadGlue(this.data, this.base, files.glue);
    // The wasm download (and the full build's English text) starts now, with the glue.
    const wasmResponse = this.fetchChecked(files.wasm);
    // The English text: the full build's JSON (fetched), the lean one's texts (in embed.js).
    const english = this.build === 'full' ? (withEnglish ? this.fetchEnglish() : Promise.resolve('')) : Promise.resolve(this.data.text);
    try {
      const glue = (await import(/* @vite-ignore */ glueUrl).catch(this.named(files.glue, glueUrl))) as Glue;
      const exports = await glue.default({ module_or_path: wasmResponse });
      this.memory = exports?.memory ?? null;
      const text = await english;
      await nextTask();
      // Page-wide set-up, each step a task of its own: the stylesheet (which rides in
      // embed.js) and the English text (the full build: parsed), then the text typed.
      performance.mark('botox-guide:init-start');
      glue.init(this.base, this.data.css, text);
      performance.mark('botox-guide:init-end');
      await nextTask();
      glue.prepare();
      performance.mark('botox-guide:prepare-end');
      this.ready = glue;
      await this.onReady(glue);
      return glue;
    } catch (err) {
      const message = `botox-guide: the widget could not load: ${(err as Error)?.message ?? err} The guide stays readable; its date planner and treatment switch need this file.`;
      console.warn(message);
      throw new Error(message);
    }
  }
}

/** `file` from `base`, checked by its integrity hash; an error status is a failure. */
export function fetchChecked(data: LoaderData, base: string, file: string): Promise<Response> {
  const hash = data.integrity[file];
  return fetch(base + file, hash ? { integrity: hash } : {}).then((r) => {
    if (!r.ok) throw new Error(`the server answered ${r.status}`);
    return r;
  });
}

/** Start fetching the wasm-bindgen glue `file` from `base`, checked: through a
 *  modulepreload link with its hash, so `import()` then uses that verified fetch, and fails
 *  if the bytes do not match. Returns its address. */
export function preloadGlue(data: LoaderData, base: string, file: string): string {
  const url = base + file;
  const hash = data.integrity[file];
  if (hash && !document.head.querySelector(`link[rel=modulepreload][href="${CSS.escape(url)}"]`)) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = url;
    link.integrity = hash;
    document.head.appendChild(link);
  }
  return url;
}

/** Why `url` failed to load, from a second, plain request (`loader/wasm.ts`, `named`). */
export async function why(url: string, err: unknown): Promise<string> {
  try {
    const r = await fetch(url, { method: 'HEAD', cache: 'no-store' });
    if (!r.ok) return `the server answered ${r.status}: is it in that folder?`;
    if ((r.headers.get('content-type') ?? '').includes('text/html')) return 'the server sent a web page instead, as single-page app servers do for a missing file: copy all of botox-guide/dist/ there';
    return 'its contents do not match its integrity hash: a file from another build?';
  } catch {
    return `${(err as Error)?.message ?? err}: the network or the server's CORS headers refused it`;
  }
}
