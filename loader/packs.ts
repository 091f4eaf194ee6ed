/** Locale packs (`botox-guide-<locale>.js`): a language's prerendered first view and text.
 *  A page may include one before `embed.js` (it queues itself on a global); otherwise it is
 *  loaded here when a widget shows that language. Either way it paints at once and its text
 *  goes to the wasm, which then fetches nothing more for that language. */
import type { LoaderData, Pack } from './data';
import { addScript, sameBuild } from './scripts';

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
    if (!sameBuild(data, this.fileName(pack.locale), pack.version)) return;
    data.shells[pack.locale] = { html: pack.html, card: pack.card, content: pack.content };
    this.resolvers[pack.locale]?.();
    this.onPack(pack.locale);
  }

  /** Load a language's pack once; settles (never fails) when it came or could not. */
  request(locale: string): Promise<void> {
    if (this.data.shells[locale]) return Promise.resolve();
    if (locale in this.requests) return this.requests[locale];
    this.requests[locale] = new Promise<void>((resolve) => {
      this.resolvers[locale] = resolve;
      addScript(this.data, this.base, this.nonce, this.fileName(locale), `The widget fetches the ${locale} text itself instead.`).then(resolve);
    });
    return this.requests[locale];
  }
}
