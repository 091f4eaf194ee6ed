/** Locale packs (`botox-guide-<locale>.js`): a language's prerendered first view and text.
 *  A page may include one before `embed.js` (it queues itself on a global); otherwise it is
 *  loaded here when a widget shows that language. Either way it paints at once and its text
 *  goes to the wasm, which then fetches nothing more for that language. */
import type { LoaderData, Pack } from './data';
import { why } from './wasm';

export class Packs {
  private requests: Record<string, Promise<void>> = {};
  private resolvers: Record<string, () => void> = {};

  /** `onPack(locale)`: a pack arrived (paint widgets waiting for it, hand its text to the wasm). */
  constructor(private data: LoaderData, private base: string, private nonce: string, private onPack: (locale: string) => void) {
    const global = data.packGlobal as keyof Window & string;
    const queued = (window as unknown as Record<string, unknown>)[global];
    (window as unknown as Record<string, unknown>)[global] = { push: (...packs: Pack[]) => packs.forEach((p) => this.add(p)) };
    if (Array.isArray(queued)) queued.forEach((p) => this.add(p as Pack));
  }

  fileName(locale: string): string {
    return this.data.files.packPrefix + locale + this.data.files.packSuffix;
  }

  add(pack: Pack): void {
    const { data } = this;
    if (!pack || typeof pack !== 'object' || !data.locales.includes(pack.locale) || data.shells[pack.locale]) return;
    if (pack.version !== data.version) {
      console.warn(`botox-guide: ${this.fileName(pack.locale)} is from version ${pack.version} but embed.js is ${data.version}; it is ignored. Use files from one build.`);
      return;
    }
    data.shells[pack.locale] = { html: pack.html, card: pack.card, content: pack.content };
    this.resolvers[pack.locale]?.();
    this.onPack(pack.locale);
  }

  /** Load a language's pack once; settles (never fails) when it came or could not. */
  request(locale: string): Promise<void> {
    if (this.data.shells[locale]) return Promise.resolve();
    if (locale in this.requests) return this.requests[locale];
    const name = this.fileName(locale);
    const url = this.base + name;
    this.requests[locale] = new Promise<void>((resolve) => {
      this.resolvers[locale] = resolve;
      const script = document.createElement('script');
      script.src = url;
      script.async = true;
      const hash = this.data.integrity[name];
      if (hash) {
        script.integrity = hash;
        script.crossOrigin = 'anonymous';
      }
      if (this.nonce) script.nonce = this.nonce;
      script.onload = () => resolve();
      script.onerror = () => {
        why(url, 'the script did not load').then((reason) => {
          console.warn(`botox-guide: ${name} could not be loaded from ${url} (${reason}). The widget fetches the ${locale} text itself instead.`);
          resolve();
        });
      };
      document.head.appendChild(script);
    });
    return this.requests[locale];
  }
}
