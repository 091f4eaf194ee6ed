/** "Send to my phone" (`qr/`, the small `botox-guide-qr.js` and its wasm next to `embed.js`):
 *  fetched, checked by its integrity hash, on the first request of a visitor (opening the
 *  panel, or printing a dated plan), never before, so a page's first load does not carry it.
 *  The live widget leaves an element empty and calls `home(action, element, link)`; the QR
 *  wasm (Rust) draws the panel or the printed code into it, and this fires the widget's
 *  `plan-share` and `print` events. If the file cannot be had, the console names it and the
 *  visitor gets the link without a code (and the sheet prints without one). */
import type { LoaderData } from './data';
import type { Detail } from './events';
import { fetchChecked, preloadGlue, why } from './wasm';

interface HomeGlue {
  default(init: { module_or_path: Promise<Response> }): Promise<unknown>;
  show(container: Element, link: string, emit: (method: string) => void): void;
  print_code(container: Element, link: string): void;
}

export class Home {
  private glue: Promise<HomeGlue> | null = null;

  constructor(private data: LoaderData, private base: string, private emit: (el: Element, name: string, detail: Detail) => void) {}

  /** What the wasm calls (`src/browser.rs`, `home`): `action` is `show` (into `element`) or
   *  `print` (`element` is the print button: the code goes in its root's element
   *  `planLink.printCode`). Printing goes ahead whatever happens to the code. */
  readonly call = (action: string, element: Element, link: string): void => {
    const root = element.getRootNode() as ShadowRoot;
    const host = root.host ?? element;
    const container = action === 'show' ? element : root.getElementById?.(this.data.planLink.printCode);
    if (!container) return this.print(host);
    const glue = (this.glue ??= this.load());
    glue.catch(() => { if (this.glue === glue) this.glue = null; });
    glue.then((g) => {
      if (action === 'show') {
        g.show(container, link, (method) => this.emit(host, 'plan-share', { method }));
        this.emit(host, 'plan-share', { method: 'qr' });
      } else {
        g.print_code(container, link);
      }
      return true;
    }, () => false) // `load` named the file in the console.
      .catch((err) => {
        console.warn(`botox-guide: the QR code could not be drawn (${(err as Error)?.message ?? err}).`);
        return false;
      })
      .then((drawn) => {
        if (action !== 'show') this.print(host);
        else if (!drawn) this.linkOnly(container, link);
      });
  };

  /** Without a code: a sentence in the widget's language, and the link to copy by hand. */
  private linkOnly(container: Element, link: string): void {
    const lang = container.closest('[lang]')?.getAttribute('lang')?.split('-')[0] ?? '';
    const note = document.createElement('p');
    note.className = 'note';
    note.textContent = (this.data.messages[lang] ?? this.data.messages[this.data.locales[0]]).qrFailed;
    const text = document.createElement('p');
    text.className = 'send-link';
    text.textContent = link;
    container.replaceChildren(note, text);
  }

  private print(host: Element): void {
    window.print();
    this.emit(host, 'print', {});
  }

  private async load(): Promise<HomeGlue> {
    const { glue: glueFile, wasm: wasmFile } = this.data.files.qr;
    const url = preloadGlue(this.data, this.base, glueFile);
    const wasmUrl = this.base + wasmFile;
    try {
      const wasm = fetchChecked(this.data, this.base, wasmFile);
      wasm.catch(() => {});
      const glue = (await import(/* @vite-ignore */ url)) as HomeGlue;
      await glue.default({ module_or_path: wasm });
      return glue;
    } catch (err) {
      const message = `botox-guide: the QR code could not be made: ${wasmFile} or ${glueFile} did not load from ${this.base} (${await why(wasmUrl, err)}). The plan's link is shown instead.`;
      console.warn(message);
      throw new Error(message);
    }
  }
}
