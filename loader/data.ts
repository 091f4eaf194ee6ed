/**
 * The loader's data: everything `embed.js` knows, generated at build time from the Rust
 * tables (`src/generate/loader.rs`) and handed to `start` as one object. The shape is checked
 * against what the build writes (`e2e/loader.test.mjs` type-checks a generated sample).
 */

/** The kinds of option rule; their meaning is in `rules.ts` (the one implementation). */
export type RuleKind = 'text' | 'word-or-text' | 'phone' | 'https-url' | 'https-url-or-path' | 'one-of' | 'tab' | 'tab-list' | 'flag' | 'iso-date' | 'local-date-time';

/** One option of the table: its name (kebab-case), rule, and the words its warning uses. */
export interface OptionSpec {
  name: string;
  rule: RuleKind;
  expected: string;
  /** The accepted words (`one-of`, `word-or-text`). */
  values?: string[];
  /** The most characters (`text`, `word-or-text`). */
  max?: number;
}

/** Option values as read: keyed by option name. */
export type OptionValue = string | boolean | string[] | null;
export type OptionValues = Record<string, OptionValue>;

/** The rules part: enough to read options (the node tests and the snippet builder use only this). */
export interface RulesData {
  options: OptionSpec[];
  defaults: OptionValues;
  tabs: string[];
  treatments: string[];
  locales: string[];
  /** The word in `locale`'s values that means "the visitor's own" (`auto`). */
  auto: string;
  phone: { minDigits: number; maxDigits: number; extra: string };
  urlForbidden: string;
  /** Flag words (`deep-link`): on and off, lowercase. */
  flags: { on: string[]; off: string[] };
  /** The most of a value a warning quotes, and how many option names one widget warns about. */
  quoteChars: number;
  maxWarned: number;
  /** The warning sentences, with `{option}`, `{value}`, `{expected}`, `{near}` slots. */
  warnings: { value: string; unknown: string; near: string };
  /** Attributes any HTML element may carry: never options. */
  globalAttributes: string[];
  /** A visitor with a saved plan (a storage key starting `keyPrefix`) starts on `tab` when
   *  the page chose none (`src/saved.rs`, `RETURNING_TAB`). */
  returning: { tab: string; keyPrefix: string };
  /** The years a `local-date-time` value may be in (first, last). */
  dateTimeYears: [number, number];
  /** A plan link in the page's address (`#<key>=<time>[<separator><treatment>]`,
   *  `src/plan_link.rs`): read into `option` (the treatment time) and the canonical
   *  `plan-treatment`; `printCode`: the id of the element a dated plan's printed code goes in;
   *  `warnings`: what the console says of a time or a treatment it cannot use. */
  planLink: { key: string; separator: string; option: string; printCode: string; warnings: { time: string; treatment: string } };
}

/** The names in the prerendered markup that the loader touches: the same constants the Yew
 *  components use (`src/markup.rs`). */
export interface Markup {
  frame: string;
  shellAttr: string;
  title: string;
  notice: string;
  tablist: string;
  tabPrefix: string;
  panelPrefix: string;
  card: string;
  footer: string;
  printAttr: string;
  treatmentAttr: string;
  reviewAttr: string;
  needsTabAttr: string;
  switchClass: string;
  itemAttr: string;
  tabAttr: string;
  contentLoadingAttr: string;
  /** The button that opens a tab's full detail (`aria-expanded`, `aria-controls`). */
  disclosure: string;
}

/** One build of the wasm: its wasm-bindgen glue and the wasm. */
export interface WasmFiles {
  glue: string;
  wasm: string;
}

/** A prerendered first view for one language. */
export interface Shell {
  html: string;
  card: { name: string; phone: string; booking: string };
  /** The language's content as JSON text, for the full wasm (none for English: the lean wasm
   *  has it built in and the full one reads `files.full.english`). */
  content: string | null;
}

export interface LoaderData extends RulesData {
  version: string;
  tag: string;
  /** The two builds of the wasm (`xtask/src/generate/loader.rs`, `BUILDS`): the lean one
   *  (English built in) and the full one (every language, a clinic's `content-url`), which
   *  reads its English text from `english`. */
  files: {
    lean: WasmFiles;
    full: WasmFiles & { english: string };
    /** "Send to my phone" (the QR code): a small wasm fetched when a visitor first asks. */
    qr: WasmFiles;
    packPrefix: string;
    packSuffix: string;
  };
  integrity: Record<string, string>;
  /** `analytics`: per event, the `detail` fields a dataLayer entry may carry. */
  events: { prefix: string; legacyPrefix: string; names: string[]; dataLayerPrefix: string; dataLayerOption: string; analytics: Record<string, string[]> };
  messages: Record<string, { loading: string; failed: string; unavailable: string; contentLoading: string; qrFailed: string }>;
  css: string;
  /** The colour tokens' `@property` registrations, for the document (`xtask/src/styles/host.rs`). */
  properties: string;
  shells: Record<string, Shell>;
  /** The English texts the lean wasm reads (`src/content/builtin_en.rs`, `TEXT`). */
  text: string;
  packGlobal: string;
  /** The market files (`botox-guide-market-<market>.js`): the global they queue on, their
   *  names, and the markets where a guide on a site's home page is warned about. */
  markets: { global: string; prefix: string; suffix: string; nonPromotional: string[] };
  /** Options for `Intl.DateTimeFormat` that word the clinic's review date, here and live. */
  longDate: Intl.DateTimeFormatOptions;
  markup: Markup;
}

/** One change of the US first view: replace the UTF-16 units `start..end` by `text`. */
export type Edit = [start: number, end: number, text: string];

/** A market file as it queues itself: its first view per locale, as edits of the US one. */
export interface MarketPack {
  version: string;
  market: string;
  edits: Record<string, Edit[]>;
}

/** A locale pack as it queues itself (`botox-guide-<locale>.js`). */
export interface Pack extends Shell {
  version: string;
  locale: string;
}
