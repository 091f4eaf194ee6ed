// The shared option fixture (tests/fixtures/options.json) read by the loader's rules
// (static/loader/rules.js) with the data the build generated from the Rust option table
// (target/generated/loader-rules.json): the same cases tests/options.rs runs through
// options::parse, with the same expected options and warnings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const fixture = JSON.parse(readFileSync('tests/fixtures/options.json', 'utf8'));
const data = JSON.parse(readFileSync('target/generated/loader-rules.json', 'utf8'));
const source = readFileSync('static/loader/rules.js', 'utf8');
// eslint-disable-next-line no-new-func
const rules = new Function('DATA', `${source}\nreturn botoxGuideRules(DATA);`)(data);

export function expected(c) {
  const want = { ...structuredClone(data.defaults), ...c.expect };
  if (c.expect.sections && !c.expect.tab) want.tab = want.sections[0];
  return want;
}

test('every fixture case reads the same in the loader as in options::parse', () => {
  assert.ok(fixture.cases.length >= 40);
  for (const c of fixture.cases) {
    const got = rules.parse(c.options);
    assert.deepEqual(got.options, expected(c), c.name);
    assert.deepEqual(got.warnings.map((w) => w.option), c.warnings, `${c.name}: warnings`);
  }
});

test('the loader warns with the words options::parse uses, and names an unknown option', () => {
  const bad = rules.parse([['phone', '12'], ['colour', 'red']]).warnings;
  const phone = data.options.find((o) => o.name === 'phone');
  assert.deepEqual(bad[0], { option: 'phone', value: '12', expected: phone.expected });
  assert.deepEqual(bad[1].option, 'colour');
  assert.equal(bad[1].expected, data.options.map((o) => o.name).join(', '), 'an unknown name is answered with every known one');
});

test('locale auto: the page, then the browser, then English', () => {
  assert.equal(rules.resolveLocale('auto', 'es-MX', ['en-US']), 'es');
  assert.equal(rules.resolveLocale('auto', 'fr', ['fr-FR', 'es_ES', 'en']), 'es');
  assert.equal(rules.resolveLocale('auto', '', []), 'en');
  assert.equal(rules.resolveLocale('auto', null, ['de']), 'en');
  assert.equal(rules.resolveLocale('es', 'en', ['en']), 'es');
});
