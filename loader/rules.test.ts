// The option rules in node: the shared fixture (tests/fixtures/options.json, the cases the
// README promises) read with the data the build generated from the Rust option table
// (target/generated/loader-rules.json), and each piece of the page boundary's reading.
import { colour, parse as parseScheme, luminance } from './scheme';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { OptionValues, RulesData } from './data';
import { canonical, check, hasSavedPlan, normaliseName, parse, quoted, resolveLocale, resolveTheme, suggest, telHref, trim, warningText } from './rules';

const rules: RulesData = JSON.parse(readFileSync('target/generated/loader-rules.json', 'utf8'));
interface Case { name: string; options: [string, string][]; expect: OptionValues; warnings: string[]; returning?: boolean }
const fixture: { cases: Case[] } = JSON.parse(readFileSync('tests/fixtures/options.json', 'utf8'));

function expected(c: Case): OptionValues {
  const want = { ...structuredClone(rules.defaults), ...c.expect };
  if (c.expect.sections && !c.expect.tab) want.tab = (want.sections as string[])[0];
  return want;
}

test('every fixture case reads as the fixture says', () => {
  assert.ok(fixture.cases.length >= 50);
  for (const c of fixture.cases) {
    const got = parse(rules, c.options, c.returning);
    assert.deepEqual(got.options, expected(c), c.name);
    assert.deepEqual(got.warnings.map((w) => w.option), c.warnings, `${c.name}: warnings`);
  }
});

test('a refused value and an unknown name are worded as the table says, with the nearest name', () => {
  const [phone, colour, telephone] = parse(rules, [['phone', '12'], ['colour', 'red'], ['telephone', '1']]).warnings;
  const spec = rules.options.find((o) => o.name === 'phone')!;
  assert.deepEqual(phone, { option: 'phone', value: '12', expected: spec.expected });
  assert.equal(warningText(rules, phone), `botox-guide: option "phone" has the value "12", which is not accepted. Expected ${spec.expected}. Using the default instead.`);
  assert.equal(colour.unknown, null);
  assert.match(warningText(rules, colour), /^botox-guide: "colour" is not an option, so it is ignored\. The options are: clinic-name, heading/);
  assert.equal(telephone.unknown, 'phone');
  assert.equal(warningText(rules, telephone), 'botox-guide: "telephone" is not an option; did you mean "phone"? It is ignored.');
});

test('the nearest option name: slips are caught, strangers are not', () => {
  for (const [slip, near] of [['booking-link', 'booking-url'], ['telephone', 'phone'], ['clinicname', 'clinic-name'], ['clinic_name', 'clinic-name'], ['sectons', 'sections'], ['revewed-on', 'reviewed-on']]) {
    assert.equal(suggest(rules, slip), near, slip);
  }
  for (const stranger of ['colour', 'x', '']) assert.equal(suggest(rules, stranger), null, stranger);
});

test('a warning quotes at most the set number of characters of a value, and says how long it was', () => {
  assert.equal(quoted(rules, 'short'), 'short');
  const edge = 'x'.repeat(rules.quoteChars);
  assert.equal(quoted(rules, edge), edge);
  const long = 'é'.repeat(rules.quoteChars + 5);
  assert.equal(quoted(rules, long), `${'é'.repeat(rules.quoteChars)}… (${rules.quoteChars + 5} characters)`);
  const [w] = parse(rules, [['heading', 'h'.repeat(1_000_000)]]).warnings;
  assert.ok(w.value.length < rules.quoteChars + 30);
});

test('white space is Rust\'s (Unicode White_Space), names are kebab-case, case is ASCII only', () => {
  assert.equal(trim('\u0085 a \u3000'), 'a');
  assert.equal(trim('\ufeffa'), '\ufeffa', 'U+FEFF is not white space');
  assert.equal(normaliseName(' clinicName '), 'clinic-name');
  assert.equal(check(rules, rules.options.find((o) => o.name === 'theme')!, 'DARK'), 'dark');
  assert.equal(check(rules, rules.options.find((o) => o.name === 'theme')!, 'dark\u0130'), null);
});

test('dates are checked against the calendar: 29 February only in a leap year', () => {
  const spec = rules.options.find((o) => o.rule === 'iso-date')!;
  assert.equal(check(rules, spec, '2028-02-29'), '2028-02-29');
  for (const bad of ['2026-02-29', '2026-13-01', '2026-04-31', '0000-00-00', '26-01-01', '2026-1-01']) assert.equal(check(rules, spec, bad), null, bad);
});

test('locale auto: the page, then the browser, then English', () => {
  assert.equal(resolveLocale(rules, 'auto', 'es-MX', ['en-US']), 'es');
  assert.equal(resolveLocale(rules, 'auto', 'fr', ['fr-FR', 'es_ES', 'en']), 'es');
  assert.equal(resolveLocale(rules, 'auto', null, ['de']), 'en');
  assert.equal(resolveLocale(rules, 'es', 'en', []), 'es');
});

test('theme auto becomes the page\'s scheme; the other values stay', () => {
  assert.equal(resolveTheme('auto', 'light'), 'light');
  assert.equal(resolveTheme('auto', 'dark'), 'dark');
  assert.equal(resolveTheme('auto', 'both'), 'device', 'a page with both schemes: the visitor\'s setting');
  for (const t of ['light', 'dark', 'device']) assert.equal(resolveTheme(t, t === 'dark' ? 'light' : 'dark'), t);
  const { options } = parse(rules, [['theme', 'auto']]);
  assert.equal(canonical(rules, options, null, [], 'dark').theme, 'dark');
  assert.equal(canonical(rules, parse(rules, [['theme', 'device']]).options, null, [], 'light').theme, 'device');
  // What the page declares, read as a scheme.
  assert.equal(parseScheme('light dark'), 'both');
  assert.equal(parseScheme('dark light'), 'both');
  assert.equal(parseScheme('only dark'), 'dark');
  assert.equal(parseScheme(' Light '), 'light');
  assert.equal(parseScheme('normal'), null);
  assert.equal(parseScheme(''), null);
  assert.equal(parseScheme(null), null);
  assert.equal(luminance([0, 0, 0]), 0);
  assert.equal(luminance([255, 255, 255]), 1);
  assert.ok(Math.abs(luminance([0x76, 0x76, 0x76]) - 0.181) < 0.002);
  // Computed colours as browsers write them, to their luminance and alpha.
  const near = (css: string, l: number, a = 1) => {
    const c = colour(css)!;
    assert.ok(c && Math.abs(c.luminance - l) < 0.01 && Math.abs(c.alpha - a) < 0.001, `${css}: ${JSON.stringify(c)}`);
  };
  near('rgb(255, 255, 255)', 1);
  near('rgba(0, 0, 0, 0)', 0, 0);
  near('rgb(17 17 17 / 0.5)', luminance([17, 17, 17]), 0.5);
  assert.equal(colour('color(srgb-linear 1 1 1)'), null, 'another space: read from the ancestors');
  assert.equal(colour('oklch(0.2 0.02 250)'), null);
  assert.equal(colour('transparent'), null);
  assert.equal(colour('hsl(0 0% 0%)'), null, 'computed styles never give hsl; not guessed');
});

test('the canonical options the wasm reads: the language resolved and the tel: address made', () => {
  const { options } = parse(rules, [['phone', '+1 (555) 010-0100'], ['locale', 'auto']]);
  const c = canonical(rules, options, 'es', []);
  assert.equal(c.locale, 'es');
  assert.equal(c['phone-href'], 'tel:+15550100100');
  assert.equal(canonical(rules, parse(rules, []).options, null, [])['phone-href'], null);
  assert.equal(telHref(' 0161 496 0000'), 'tel:01614960000');
  assert.deepEqual(Object.keys(c).sort(), [...rules.options.map((o) => o.name), 'phone-href', 'plan-treatment'].sort(), 'every option, by its name');
  assert.equal(c['plan-treatment'], null, 'no plan link');
  assert.equal(canonical(rules, options, 'es', [], 'light', 'migraine')['plan-treatment'], 'migraine');
});

test('generated input: any names and values give usable options and one warning per refused value', () => {
  // A small seeded generator (the same cases every run): hostile strings, near-misses and
  // valid values, for known and unknown names.
  let seed = 0x2f6e2b1;
  const next = () => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed; };
  const pick = <T>(xs: T[]) => xs[next() % xs.length];
  const names = [...rules.options.map((o) => o.name), 'colour', 'clinicName', 'x', ''];
  const values = ['', ' ', 'about', 'ABOUT, risks', 'dark', 'es', 'auto', 'true', 'maybe', '2028-02-29', '2026-02-30', '+1 555 0100',
    'javascript:alert(1)', 'https://x.example/a', '//evil.example', '"><script>', '<img src=x onerror=1>', '\u202e', 'é'.repeat(130)];
  for (let i = 0; i < 3000; i++) {
    const pairs: [string, string][] = Array.from({ length: next() % 6 }, () => [pick(names), pick(values) + (next() % 3 === 0 ? String.fromCharCode(next() % 0x3000) : '')]);
    const { options: o, warnings } = parse(rules, pairs);
    const sections = o.sections as string[];
    assert.ok(sections.length > 0 && sections.every((s) => rules.tabs.includes(s)), JSON.stringify(pairs));
    assert.ok(sections.includes(o.tab as string));
    assert.ok(o['booking-url'] === null || /^https:\/\/[^\s"<>]+$/.test(o['booking-url'] as string));
    assert.ok(o.phone === null || /^[0-9 +\-().]+$/.test(o.phone as string));
    assert.ok(warnings.length <= pairs.length + 1);
  }
});

test('a saved plan is any key with the prefix; storage that throws reads as none', () => {
  const store = (keys: string[]) => () => ({ length: keys.length, key: (i: number) => keys[i] ?? null }) as unknown as Storage;
  assert.equal(hasSavedPlan(rules, store([])), false);
  assert.equal(hasSavedPlan(rules, store(['other', `${rules.returning.keyPrefix}lakeside`])), true);
  assert.equal(hasSavedPlan(rules, store(['botox-guide:v0:x', 'x' + rules.returning.keyPrefix])), false);
  assert.equal(hasSavedPlan(rules, () => { throw new Error('SecurityError'); }), false);
  const broken = () => ({ get length(): number { throw new Error('denied'); } }) as unknown as Storage;
  assert.equal(hasSavedPlan(rules, broken), false);
  assert.equal(rules.returning.tab, 'aftercare');
});
