/**
 * Reading options: the one implementation of every option rule. The rule *data* (names,
 * kinds, accepted words, limits, the warnings' words) comes from the Rust option table; this
 * file applies it to what a page gives (attributes, the div form's `data-` attributes, the JS
 * API), warns, and makes the one canonical options object the wasm reads with serde. No DOM
 * here: `rules.test.ts` runs it in node against the shared fixture
 * (`tests/fixtures/options.json`), and the snippet builder bundles it to check a clinic's input
 * with the widget's own words.
 */
import type { OptionSpec, OptionValue, OptionValues, RulesData } from './data';

export interface Warning {
  option: string;
  value: string;
  expected: string;
  /** Set when `option` is not an option at all: the nearest known name, or null. */
  unknown?: string | null;
}

export interface Parsed {
  options: OptionValues;
  warnings: Warning[];
}

/** Unicode White_Space (what Rust's `char::is_whitespace` matches), not JavaScript's `\s`. */
const WS = '\t\n\u000b\f\r \u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';
const isWs = (c: string) => WS.includes(c);

export function trim(s: string): string {
  const chars = Array.from(s);
  let a = 0;
  let b = chars.length;
  while (a < b && isWs(chars[a])) a++;
  while (b > a && isWs(chars[b - 1])) b--;
  return chars.slice(a, b).join('');
}

const asciiLower = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
const length = (s: string) => Array.from(s).length;

/** The id among `ids` that `v` names (ASCII case ignored), or null. */
export function findId(ids: string[], v: string): string | null {
  const lower = asciiLower(v);
  return ids.find((id) => asciiLower(id) === lower) ?? null;
}

/** `clinicName` (a JS API key) means `clinic-name`; names are otherwise taken as written. */
export function normaliseName(key: string): string {
  return trim(String(key)).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** A value as a warning quotes it: whole, or its first characters and how long it is. */
export function quoted(rules: RulesData, s: string): string {
  const chars = Array.from(s);
  return chars.length <= rules.quoteChars ? s : `${chars.slice(0, rules.quoteChars).join('')}… (${chars.length} characters)`;
}

/** The warning as the console shows it (the words come from the Rust table's data). */
export function warningText(rules: RulesData, w: Warning): string {
  const fill = (t: string) => t.replace('{option}', w.option).replace('{value}', w.value).replace('{expected}', w.expected).replace('{near}', w.unknown ?? '');
  if (w.unknown === undefined) return fill(rules.warnings.value);
  return fill(w.unknown ? rules.warnings.near : rules.warnings.unknown);
}

/** The `tel:` address for a checked phone number: a leading `+` and the digits. */
export function telHref(phone: string): string {
  return `tel:${trim(phone).startsWith('+') ? '+' : ''}${phone.replace(/[^0-9]/g, '')}`;
}

/** Marker: an empty value, which keeps the option's default. */
const EMPTY = Symbol('empty');
type Checked = OptionValue | typeof EMPTY;

/** Each rule kind, once. `null`: the value breaks the rule. */
export function check(rules: RulesData, spec: OptionSpec, v: string): Checked {
  if (v === '') return spec.rule === 'flag' ? true : EMPTY;
  const safe = (u: string) => !Array.from(u).some((c) => isWs(c) || rules.urlForbidden.includes(c));
  const https = (u: string) => u.startsWith('https://') && u.slice(8).split(/[/?#]/)[0].length > 0 && safe(u);
  switch (spec.rule) {
    case 'text':
      return length(v) <= (spec.max ?? 0) ? v : null;
    case 'word-or-text':
      return findId(spec.values ?? [], v) ?? (length(v) <= (spec.max ?? 0) ? v : null);
    case 'phone': {
      const chars = Array.from(v);
      const digits = chars.filter((c) => c >= '0' && c <= '9').length;
      const allowed = chars.every((c) => (c >= '0' && c <= '9') || rules.phone.extra.includes(c));
      return allowed && digits >= rules.phone.minDigits && digits <= rules.phone.maxDigits && !v.slice(1).includes('+') ? v : null;
    }
    case 'https-url':
      return https(v) ? v : null;
    case 'https-url-or-path':
      return https(v) || (((v.startsWith('/') && !v.startsWith('//')) || v.startsWith('./')) && safe(v)) ? v : null;
    case 'one-of':
      return findId(spec.values ?? [], v);
    case 'tab':
      return findId(rules.tabs, v);
    case 'tab-list': {
      const list: string[] = [];
      for (const part of v.split(/[, ]/).filter(Boolean)) {
        const tab = findId(rules.tabs, part);
        if (!tab || list.includes(tab)) return null;
        list.push(tab);
      }
      return list.length ? list : null;
    }
    case 'flag': {
      const f = asciiLower(v);
      return rules.flags.on.includes(f) ? true : rules.flags.off.includes(f) ? false : null;
    }
    case 'iso-date':
      return realDate(v) ? v : null;
    case 'local-date-time': {
      const [date, time] = v.split('T');
      const m = /^([01][0-9]|2[0-3]):[0-5][0-9]$/.exec(time ?? '');
      const year = Number(date.slice(0, 4));
      return m && realDate(date) && year >= rules.dateTimeYears[0] && year <= rules.dateTimeYears[1] ? v : null;
    }
  }
}

/** Whether `v` is a date written YYYY-MM-DD that exists. The calendar is the browser's: a
 *  date that does not round-trip does not exist. */
function realDate(v: string): boolean {
  const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(v);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The known option name nearest to an unknown one, when it is near enough to be a likely
 *  slip: `booking-link` → `booking-url`, `telephone` → `phone`, `clinicname` → `clinic-name`. */
export function suggest(rules: RulesData, unknown: string): string | null {
  const u = asciiLower(unknown).replace(/_/g, '-');
  const squash = (s: string) => s.replace(/-/g, '');
  let best: [string, number] | null = null;
  for (const { name } of rules.options) {
    const d = distance(u, name);
    let prefix = 0;
    while (prefix < u.length && prefix < name.length && u[prefix] === name[prefix]) prefix++;
    const contains = u.length >= 3 && (u.includes(name) || name.includes(u));
    const near = u.length > 0 && (d <= 2 + Math.floor(u.length / 4) || prefix >= 5 || contains || squash(u) === squash(name));
    if (near && (!best || d < best[1])) best = [name, d];
  }
  return best ? best[0] : null;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 0; i < a.length; i++) {
    let prev = row[0];
    row[0] = i + 1;
    for (let j = 0; j < b.length; j++) {
      const cur = row[j + 1];
      row[j + 1] = Math.min(prev + (a[i] === b[j] ? 0 : 1), row[j] + 1, cur + 1);
      prev = cur;
    }
  }
  return row[b.length];
}

/** Read option pairs ([name, value], in order). Returns the options by name (defaults for
 *  what is missing or refused) and one warning per refused value or unknown name. A
 *  `returning` visitor (one with a saved plan) starts on `rules.returning.tab` unless the
 *  page chose a tab. */
export function parse(rules: RulesData, pairs: [string, string][], returning = false): Parsed {
  const options: OptionValues = structuredClone(rules.defaults);
  const warnings: Warning[] = [];
  const warn = (option: string, value: string, expected: string, unknown?: string | null) =>
    warnings.push({ option: quoted(rules, option), value: quoted(rules, value), expected, ...(unknown === undefined ? {} : { unknown }) });
  let requested: [string, string] | null = null;
  for (const [key, raw] of pairs) {
    const name = normaliseName(key);
    const spec = rules.options.find((s) => s.name === name);
    if (!spec) {
      warn(name, String(raw), rules.options.map((s) => s.name).join(', '), suggest(rules, name));
      continue;
    }
    const value = check(rules, spec, trim(String(raw)));
    if (value === null) warn(spec.name, String(raw), spec.expected);
    else if (spec.rule === 'tab' && value !== EMPTY) requested = [String(raw), value as string];
    else if (value !== EMPTY) options[spec.name] = value;
  }
  const sections = options.sections as string[];
  // A treatment time from the page is a plan too: the visitor starts where a returning one does.
  if (options[rules.planLink.option] != null) returning = true;
  options.tab = returning && sections.includes(rules.returning.tab) ? rules.returning.tab : sections[0];
  if (requested) {
    if (sections.includes(requested[1])) options.tab = requested[1];
    else warn('tab', requested[0], `one of the shown sections (${sections.join(', ')})`);
  }
  return { options, warnings };
}

/** Whether this browser holds a plan saved on this site: any storage key with the prefix.
 *  Blocked storage (a throwing getter or key) reads as no plan. */
export function hasSavedPlan(rules: RulesData, storage: () => Storage): boolean {
  try {
    const s = storage();
    for (let i = 0; i < s.length; i++) if (s.key(i)?.startsWith(rules.returning.keyPrefix)) return true;
  } catch {
    // Storage refused (privacy settings, sandboxed frame): the visitor starts where the page says.
  }
  return false;
}

/** The locale to show: a fixed one, or for `auto` the page's language, else the browser's
 *  languages, else the first (English). Region subtags are ignored (`es-MX` → `es`). */
export function resolveLocale(rules: RulesData, value: string, pageLang: string | null, browser: readonly string[]): string {
  if (value !== rules.auto) return value;
  for (const tag of [pageLang, ...browser]) {
    if (tag == null) continue;
    const found = findId(rules.locales, trim(String(tag)).split(/[-_]/)[0]);
    if (found) return found;
  }
  return rules.locales[0];
}

/** The theme the wasm gets: `auto` becomes the page's scheme (`scheme.ts` reads it): light,
 *  dark, or `device` where the page offers both; the other values stay. */
export function resolveTheme(theme: string, scheme: 'light' | 'dark' | 'both'): string {
  if (theme !== 'auto') return theme;
  return scheme === 'both' ? 'device' : scheme;
}

/** What the wasm is given (read by serde in `src/options/mod.rs`, unknown names refused): the
 *  options by name, the language and theme resolved, the `tel:` address of the phone, and
 *  the treatment a plan link named (`plan-link.ts`), if any. */
export function canonical(rules: RulesData, options: OptionValues, pageLang: string | null, browser: readonly string[], scheme: 'light' | 'dark' | 'both' = 'light', planTreatment: string | null = null): OptionValues {
  const out: OptionValues = { ...options };
  out.locale = resolveLocale(rules, String(options.locale), pageLang, browser);
  out.theme = resolveTheme(String(options.theme), scheme);
  out['phone-href'] = typeof options.phone === 'string' ? telHref(options.phone) : null;
  out['plan-treatment'] = planTreatment;
  return out;
}
