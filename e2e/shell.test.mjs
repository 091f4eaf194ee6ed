// The prerendered shell and the live widget never disagree: for every case of the shared
// option fixture, the shell painted by the loader (wasm held back) shows the same tabs, in the
// same order, the same selected tab, clinic card and theme as the live widget then shows,
// and both match what the fixture expects.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, openPage, holdWasm } from './helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

const fixture = JSON.parse(readFileSync('tests/fixtures/options.json', 'utf8'));
const data = JSON.parse(readFileSync('target/generated/loader-rules.json', 'utf8'));
// A widget's options are one object (attributes and the JS API merged by name), so cases
// that give the same option twice only make sense for the parser itself.
const cases = fixture.cases.filter((c) => new Set(c.options.map(([k]) => k.trim())).size === c.options.length);

/** What a visitor sees of the options in each widget: tabs, selection, card, theme. */
function state() {
  return [...document.querySelectorAll('[data-case]')].map((el) => {
    const root = el.shadowRoot;
    const frame = root.querySelector('.root');
    if (!frame) return { case: el.dataset.case, painted: false };
    const card = root.querySelector('.clinic-card');
    const tel = card && card.querySelector('a[href^="tel:"]');
    const book = card && card.querySelector('a[href^="https:"]');
    return {
      case: el.dataset.case,
      painted: true,
      tabs: [...root.querySelectorAll('[role=tab]')].map((t) => t.dataset.tab),
      selected: [...root.querySelectorAll('[role=tab][aria-selected=true]')].map((t) => t.dataset.tab),
      visiblePanels: [...root.querySelectorAll('[role=tabpanel]:not([hidden])')].map((p) => p.id),
      theme: frame.getAttribute('data-theme'),
      card: card && { name: card.querySelector('h2').textContent, tel: tel && [tel.getAttribute('href'), tel.textContent], book: book && book.getAttribute('href') },
    };
  });
}

test('for every fixture case the shell (before the wasm) and the live widget show the same', async () => {
  const { page, log, context } = await openPage(env, '/hosts/dynamic.html');
  const release = await holdWasm(context);
  await page.reload({ waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => window.BotoxGuide);
  await page.evaluate((cases) => {
    cases.forEach((c, i) => {
      const div = document.createElement('div');
      div.dataset.case = String(i);
      document.getElementById('app').appendChild(div);
      BotoxGuide.mount(div, Object.fromEntries(c.options));
    });
  }, cases);
  const shell = await page.evaluate(state);
  release();
  // A lazy widget goes live only near the viewport.
  await page.evaluate((ids) => ids.forEach((i) => document.querySelector(`[data-case="${i}"]`).scrollIntoView()),
    cases.flatMap((c, i) => (c.expect.loading === 'lazy' ? [i] : [])));
  const painted = shell.filter((s) => s.painted);
  await page.waitForFunction(() => [...document.querySelectorAll('[data-case]')]
    .every((el) => el.shadowRoot.querySelector('.root:not([data-shell]) [role=tablist]')));
  await page.waitForTimeout(300);
  const live = await page.evaluate(state);
  let compared = 0;
  for (const [i, c] of cases.entries()) {
    const want = { ...data.defaults, ...c.expect };
    if (c.expect.sections && !c.expect.tab) want.tab = want.sections[0];
    assert.ok(live[i].painted, `${c.name}: live`);
    assert.deepEqual(live[i].tabs, want.sections, `${c.name}: live tabs`);
    assert.deepEqual(live[i].selected, [want.tab], `${c.name}: live selection`);
    assert.equal(live[i].theme, want.theme, `${c.name}: live theme`);
    // The shell is the built-in guide: not painted for a clinic's own content or another
    // language without a prerendered shell.
    if (!shell[i].painted) {
      assert.ok(want['content-url'] || want.locale !== 'en', `${c.name}: a shell was expected`);
      continue;
    }
    const { painted: _a, ...s } = shell[i];
    const { painted: _b, ...l } = live[i];
    assert.deepEqual(s, l, `${c.name}: shell and live widget differ`);
    compared++;
  }
  assert.ok(compared >= 40 && painted.length === compared, `compared ${compared} shells`);
  assert.deepEqual(log.errors, []);
  await context.close();
});
