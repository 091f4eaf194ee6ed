// The prerendered shell and the live widget never disagree. For every case of the shared option
// fixture, a normalised snapshot of what a visitor sees (the title, the tabs and their labels,
// every panel's text, the treatment switch, the clinic card, the notice, the footer's review
// line, the theme and the language) is taken of the shell painted by the loader (wasm held
// back) and of the live widget; the two must be equal, and the live one must show what the
// fixture expects. Every option a case sets must be read by this comparison (OPTION_READ_BY):
// a new option fails here until it is.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, openPage, holdWasm, frames } from './helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

const fixture = JSON.parse(readFileSync('tests/fixtures/options.json', 'utf8'));
const data = JSON.parse(readFileSync('target/generated/loader-rules.json', 'utf8'));
const en = JSON.parse(readFileSync('src/content/en.json', 'utf8'));
const es = JSON.parse(readFileSync('src/content/es.json', 'utf8'));
const markets = JSON.parse(readFileSync('target/generated/markets.json', 'utf8'));
// A widget's options are one object (attributes and the JS API merged by name), so cases
// that give the same option twice only make sense for the parser itself.
// A case with a treatment time shows its dates live only (like a returning visitor's saved
// plan; the prerendered view has no clock), and would save it for every widget of the page's
// clinic: e2e/plan-link.test.mjs covers those.
const cases = fixture.cases.filter((c) => !c.returning && !c.expect['treatment-date'] && new Set(c.options.map(([k]) => k.trim())).size === c.options.length);

/** Which part of the snapshot (or which behaviour) shows each option. */
const OPTION_READ_BY = {
  'clinic-name': 'card', heading: 'title', phone: 'card', 'booking-url': 'card', locale: 'lang and every text',
  tab: 'tabs (selected)', sections: 'tabs and panels', treatment: 'switch and the risks panel', theme: 'theme',
  'content-url': 'notice', 'deep-link': 'the page hash after a tab click', 'reviewed-by': 'review line',
  'reviewed-on': 'review line', loading: 'when the widget goes live', market: 'lang, the safety element and every text',
  analytics: 'nothing on screen: the page\'s dataLayer (e2e/analytics.test.mjs)',
  'treatment-date': 'a refused value is warned and changes nothing here; a good one dates the plan (e2e/plan-link.test.mjs)',
};

test('every option in the table is read by the comparison', () => {
  assert.deepEqual(Object.keys(OPTION_READ_BY).sort(), data.options.map((o) => o.name).sort());
  const set = new Set(cases.flatMap((c) => c.options.map(([k]) => k.trim())));
  for (const name of data.options.map((o) => o.name)) assert.ok(set.has(name), `a fixture case sets ${name}`);
});

/** What a visitor sees of one widget, normalised (runs of white space as one space). */
function snapshots() {
  const squash = (s) => s.replace(/\s+/g, ' ').trim();
  // The text of a node as shown on screen: hidden elements and print-only lines left out.
  const shown = (node) => {
    if (node.nodeType === 3) return node.textContent;
    if (node.nodeType !== 1 || node.hidden || node.matches('.print-only, style, template')) return '';
    const inner = [...node.childNodes].map(shown).join('');
    // A block starts a new line: keep a space around it.
    return node.matches('p, li, h2, h3, h4, h5, h6, dt, dd, summary, div, section, ul, ol, dl, fieldset, legend, label, footer') ? ` ${inner} ` : inner;
  };
  return [...document.querySelectorAll('[data-case]')].map((el) => {
    const root = el.shadowRoot;
    const frame = root.querySelector('.root');
    if (!frame) return { case: el.dataset.case, painted: false };
    const card = frame.querySelector('.clinic-card');
    const one = (selector) => { const e = frame.querySelector(selector); return e ? squash(shown(e)) : null; };
    return {
      case: el.dataset.case,
      painted: true,
      live: !frame.hasAttribute('data-shell'),
      lang: frame.getAttribute('lang'),
      theme: frame.getAttribute('data-theme'),
      title: one('.title'),
      safety: one('.safety'),
      notice: one('.notice'),
      tabs: [...frame.querySelectorAll('[role=tab]')].map((t) => [t.dataset.tab, squash(t.textContent), t.getAttribute('aria-selected')]),
      // Every panel's text, the hidden ones too (their content, as it would show).
      panels: [...frame.querySelectorAll('[role=tabpanel]')].map((p) => [p.id, p.hidden, squash([...p.childNodes].map(shown).join(''))]),
      switches: [...frame.querySelectorAll('.switch')].filter((s) => !s.closest('[hidden]:not([role=tabpanel])'))
        .map((s) => [...s.querySelectorAll('input')].map((i) => [i.value, i.checked])),
      card: card && { text: squash(shown(card)), links: [...card.querySelectorAll('a')].map((a) => a.getAttribute('href')) },
      review: one('.footer .review'),
    };
  });
}

/** Every panel of every live widget has rendered (the hidden ones render after the first paint). */
const allLive = () => [...document.querySelectorAll('[data-case]')].filter((el) => !el.hasAttribute('data-lazy-case')).every((el) => {
  const frame = el.shadowRoot.querySelector('.root:not([data-shell])');
  return frame && [...frame.querySelectorAll('[role=tabpanel]')].every((p) => p.childElementCount > 0);
});

test('for every fixture case the shell (before the wasm) and the live widget show the same, and what the case expects', async () => {
  const { page, log, context } = await openPage(env, '/hosts/dynamic.html');
  const release = await holdWasm(context);
  await page.reload({ waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => window.BotoxGuide);
  await page.evaluate((cases) => {
    cases.forEach((c, i) => {
      const div = document.createElement('div');
      div.dataset.case = String(i);
      // A lazy widget sits far below the others, out of reach of the viewport.
      if (c.expect.loading === 'lazy') { div.dataset.lazyCase = ''; div.style.marginTop = '20000px'; }
      document.getElementById('app').appendChild(div);
      BotoxGuide.mount(div, Object.fromEntries(c.options));
    });
  }, cases);
  // The shell of each case: every language's pack has come, and the option changes are laid out.
  await page.waitForFunction((n) => document.querySelectorAll('[data-case]').length === n &&
    [...document.querySelectorAll('[data-case]')].every((el) => el.shadowRoot.querySelector('.root[data-shell]')), cases.length);
  await frames(page);
  const shell = await page.evaluate(snapshots);
  release();
  await page.waitForFunction(allLive, null, { timeout: 30000 });
  // Read by `loading`: the lazy ones are still the shell while every eager one is live…
  const lazy = cases.flatMap((c, i) => (c.expect.loading === 'lazy' ? [i] : []));
  assert.ok(lazy.length > 0);
  for (const i of lazy) {
    assert.equal(await page.evaluate((i) => !!document.querySelector(`[data-case="${i}"]`).shadowRoot.querySelector('.root[data-shell]'), i), true, `${cases[i].name}: lazy, not live yet`);
  }
  // …and go live when scrolled near.
  await page.evaluate((ids) => ids.forEach((i) => { const el = document.querySelector(`[data-case="${i}"]`); el.removeAttribute('data-lazy-case'); el.scrollIntoView(); }), lazy);
  await page.waitForFunction(allLive, null, { timeout: 30000 });
  await frames(page);
  const live = await page.evaluate(snapshots);

  for (const [i, c] of cases.entries()) {
    const want = { ...data.defaults, ...c.expect };
    if (c.expect.sections && !c.expect.tab) want.tab = want.sections[0];
    const s = shell[i], l = live[i];
    assert.ok(s.painted && !s.live, `${c.name}: the shell was painted`);
    assert.ok(l.live, `${c.name}: live`);
    // What the case expects, in the live widget.
    const locale = want.locale === 'auto' ? 'en' : want.locale;
    const content = locale === 'es' ? es : en;
    const market = markets[want.market];
    assert.equal(l.lang, market.lang[locale], `${c.name}: language`);
    assert.deepEqual(l.tabs.map(([id]) => id), want.sections, `${c.name}: tabs`);
    assert.deepEqual(l.tabs.filter(([, , on]) => on === 'true').map(([id]) => id), [want.tab], `${c.name}: selected tab`);
    if (market.nonPromotional) {
      for (const text of [l.title, ...l.tabs.map(([, label]) => label)]) assert.doesNotMatch(text, /botox/i, `${c.name}: the generic name`);
    } else {
      assert.deepEqual(l.tabs.map(([, label]) => label), want.sections.map((id) => content.sections.find((x) => x.id === id).label), `${c.name}: tab labels`);
    }
    // The safety element: the market's emergency number (and urgent-advice line).
    for (const number of [market.emergency, market.urgentLine].filter(Boolean)) assert.match(l.safety, new RegExp(`\\b${number}\\b`), `${c.name}: ${number} in ${l.safety}`);
    assert.deepEqual(l.panels.filter(([, hidden]) => !hidden).map(([id]) => id), [`bg-panel-${want.tab}`], `${c.name}: one panel shown`);
    // `auto` is the page's scheme: this test page is light.
    assert.equal(l.theme, want.theme === 'auto' ? 'light' : want.theme, `${c.name}: theme`);
    if (!market.nonPromotional) assert.equal(l.title, want.heading === 'none' ? null : want.heading || content.title, `${c.name}: title`);
    const risks = l.panels.find(([id]) => id === 'bg-panel-risks');
    if (risks) {
      const shown = want.treatment === 'both' ? 'cosmetic' : want.treatment;
      const label = content.risks.treatments.find((t) => t.id === shown).label;
      assert.ok(risks[2].includes(content.risks.labels.common.replace('{treatment}', label)), `${c.name}: the risks panel shows ${shown}: ${risks[2].slice(0, 900)}`);
      const switched = l.switches.length > 0;
      assert.equal(switched, want.treatment === 'both', `${c.name}: a treatment switch only for both`);
    }
    const name = want['clinic-name'], phone = want.phone, book = want['booking-url'];
    if (!name && !phone && !book) assert.equal(l.card, null, `${c.name}: no card`);
    else {
      if (name) assert.ok(l.card.text.startsWith(name), `${c.name}: card name`);
      const notice = content.markets.find((m) => m.markets.includes(want.market) && m.texts?.['ui.book_notice'])?.texts['ui.book_notice'];
      if (book) assert.equal(notice ? l.card.text.includes(notice) : !/\b18\b/.test(l.card.text), true, `${c.name}: the under-18 notice where the law needs it: ${l.card.text}`);
      assert.equal(l.card.links.some((h) => h.startsWith('tel:')), !!phone, `${c.name}: call link`);
      if (phone) assert.ok(l.card.text.includes(phone), `${c.name}: the phone as given`);
      assert.equal(l.card.links.includes(book), !!book, `${c.name}: booking link`);
    }
    if (want['reviewed-on']) {
      const [y, m, d] = want['reviewed-on'].split('-').map(Number);
      assert.ok(l.review.includes(String(d)) && l.review.includes(String(y)) && l.review.includes(content.dates.months[m - 1]), `${c.name}: review date in ${l.review}`);
    } else if (!want['reviewed-by']) {
      assert.equal(l.review, content.ui.not_reviewed, `${c.name}: not reviewed`);
    }
    // A clinic's file that cannot be had (these paths do not exist) is named to the visitor.
    assert.equal(l.notice, want['content-url'] ? content.ui.content_error : null, `${c.name}: notice`);
    // The shell shows the same, except that a clinic's file is still on its way there.
    const { live: _a, notice: shellNotice, ...sameShell } = s;
    const { live: _b, notice: _c, ...sameLive } = l;
    assert.equal(shellNotice, want['content-url'] ? content.ui.content_loading : null, `${c.name}: shell notice`);
    assert.deepEqual(sameShell, sameLive, `${c.name}: the shell and the live widget differ`);
  }

  // Read by `deep-link`: a tab click writes the page hash only where it is on.
  for (const [i, c] of cases.entries()) {
    if (!c.options.some(([k]) => k.trim() === 'deep-link' || k === 'deepLink')) continue;
    const on = { ...data.defaults, ...c.expect }['deep-link'] === true;
    await page.evaluate(() => history.replaceState(null, '', location.pathname));
    await page.evaluate((i) => {
      const root = document.querySelector(`[data-case="${i}"]`).shadowRoot;
      root.querySelector('[role=tab][aria-selected=false]').click();
    }, i);
    await frames(page);
    const hash = await page.evaluate(() => location.hash);
    assert.equal(/botox-guide=/.test(hash), on, `${c.name}: hash ${hash}`);
  }
  assert.deepEqual(log.errors, []);
  await context.close();
});
