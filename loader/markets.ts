/** Market files (`botox-guide-market-<market>.js`): a market's first view in each language,
 *  as edits of the US one (the shells `embed.js` and the locale packs carry). Loaded when a
 *  widget shows that market; until it is here the widget keeps its placeholder, so a visitor
 *  never sees another country's emergency number. Like a locale pack, a page may include one
 *  before `embed.js` to paint at once. */
import type { Edit, LoaderData, MarketPack } from './data';
import { addScript, sameBuild } from './scripts';

export class Markets {
  private edits: Record<string, Record<string, Edit[]>> = {};
  private requests: Record<string, Promise<void>> = {};
  private resolvers: Record<string, () => void> = {};

  /** `onMarket()`: a market file arrived (paint the widgets waiting for it). */
  constructor(private data: LoaderData, private base: string, private nonce: string, private onMarket: () => void) {
    const global = data.markets.global;
    const w = window as unknown as Record<string, unknown>;
    const queued = w[global];
    w[global] = { push: (...files: MarketPack[]) => files.forEach((f) => this.add(f)) };
    if (Array.isArray(queued)) queued.forEach((f) => this.add(f as MarketPack));
  }

  /** The default market (the shells' own) needs no file. */
  isDefault(market: string): boolean {
    return market === this.data.defaults.market;
  }

  fileName(market: string): string {
    return this.data.markets.prefix + market + this.data.markets.suffix;
  }

  add(file: MarketPack): void {
    if (!file || typeof file !== 'object' || this.edits[file.market] || typeof file.edits !== 'object') return;
    if (!sameBuild(this.data, this.fileName(file.market), file.version)) return;
    this.edits[file.market] = file.edits;
    this.resolvers[file.market]?.();
    this.onMarket();
  }

  /** `html` (the US view in `locale`) as `market` shows it; `null` while its file is not here. */
  view(market: string, locale: string, html: string): string | null {
    if (this.isDefault(market)) return html;
    const edits = this.edits[market]?.[locale];
    if (!edits) return null;
    return apply(html, edits);
  }

  /** Load a market's file once; settles (never fails) when it came or could not. */
  request(market: string): Promise<void> {
    if (this.isDefault(market) || this.edits[market]) return Promise.resolve();
    if (market in this.requests) return this.requests[market];
    this.requests[market] = new Promise<void>((resolve) => {
      this.resolvers[market] = resolve;
      addScript(this.data, this.base, this.nonce, this.fileName(market), 'It shows once the wasm has loaded.').then(resolve);
    });
    return this.requests[market];
  }
}

/** `html` with `edits` applied (in order, not overlapping; indices are of `html`). */
export function apply(html: string, edits: Edit[]): string {
  let out = '';
  let at = 0;
  for (const [start, end, text] of edits) {
    out += html.slice(at, start) + text;
    at = end;
  }
  return out + html.slice(at);
}
