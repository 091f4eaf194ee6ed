// A plan link in the page's address (`loader/plan-link.ts`), read with the data the build
// generated from the Rust tables (the key, the separator, the rule of `treatment-date`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { RulesData } from './data';
import { readValue, splitHash } from './plan-link';

const rules: RulesData = JSON.parse(readFileSync('target/generated/loader-rules.json', 'utf8'));

test('the link is found among the page\'s own hash parameters, and only it is removed', () => {
  assert.equal(splitHash(rules, ''), null);
  assert.equal(splitHash(rules, '#top'), null);
  assert.equal(splitHash(rules, '#botox-guide=aftercare'), null, 'the tab deep link is another parameter');
  assert.deepEqual(splitHash(rules, '#botox-guide-plan=2026-12-01T10:00~migraine'), { value: '2026-12-01T10:00~migraine', rest: '' });
  assert.deepEqual(splitHash(rules, '#a=1&botox-guide-plan=2026-12-01T10:00&b=2'), { value: '2026-12-01T10:00', rest: 'a=1&b=2' });
  // An encoded link (some mail clients encode the colon) reads the same.
  assert.deepEqual(splitHash(rules, '#botox-guide-plan=2026-12-01T10%3A00%7Ecosmetic'), { value: '2026-12-01T10:00~cosmetic', rest: '' });
  assert.deepEqual(splitHash(rules, '#botox-guide-plan=%E0%A4%A'), { value: '%E0%A4%A', rest: '' });
});

test('a link\'s time follows the treatment-date rule, its treatment the treatment ids', () => {
  const warned: string[] = [];
  const warn = (t: string) => warned.push(t);
  assert.deepEqual(readValue(rules, '2026-12-01T10:00~migraine', warn), { time: '2026-12-01T10:00', treatment: 'migraine' });
  assert.deepEqual(readValue(rules, '2026-12-01T10:00', warn), { time: '2026-12-01T10:00', treatment: null });
  assert.deepEqual(readValue(rules, '2026-12-01T10:00~MIGRAINE', warn), { time: '2026-12-01T10:00', treatment: 'migraine' });
  assert.deepEqual(warned, []);
  // An unknown treatment: the time is still used, and the treatment named.
  assert.deepEqual(readValue(rules, '2026-12-01T10:00~lips', warn), { time: '2026-12-01T10:00', treatment: null });
  assert.equal(warned.length, 1);
  assert.match(warned[0], /treatment "lips" is not one of cosmetic, migraine/);
  // An impossible time: the link is ignored, named in the widget's words.
  for (const bad of ['2027-02-30T10:00~cosmetic', '2026-12-01', '2026-12-01T25:00', 'x'.repeat(5000)]) {
    warned.length = 0;
    assert.equal(readValue(rules, bad, warn), null, bad);
    assert.equal(warned.length, 1, bad);
    assert.match(warned[0], /^botox-guide: the plan link "#botox-guide-plan=.*" in the page's address is not accepted\. Expected a real local date and time .* The link is ignored\.$/s);
    assert.ok(String(warned[0]).length < 400, 'a long value is not quoted whole');
  }
});
