// A clinic web person's first hour: mistakes named in the console, a missing file named and
// explained to visitors, one row of tabs on phones, dates in the visitor's convention, the
// heading option, and Spanish painting as fast as English.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, widgetsReady, holdWasm, frames, OUT } from './helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

const warnings = (log) => log.console.filter((m) => m.type === 'warning').map((m) => m.text);

test('a misspelt option name is named once, with the nearest known one; on the div form, a name without data- too', async () => {
  const { page, log, context } = await openPage(env, '/hosts/dynamic.html');
  await page.evaluate(() => {
    addElement('a', { 'booking-link': 'https://a.example/book', telephone: '+1 555 0100', clinic_name: 'A', clinicName: 'A' });
    const div = document.createElement('div');
    div.setAttribute('data-botox-guide', '');
    div.setAttribute('clinic-name', 'B');
    document.getElementById('app').appendChild(div);
  });
  await widgetsReady(page, 2);
  // A later change re-reads the options: nothing is warned twice.
  await page.evaluate(() => document.getElementById('a').setAttribute('tab', 'risks'));
  await page.locator('#a [data-tab=risks][aria-selected=true]').waitFor();
  const expected = [
    'botox-guide: "booking-link" is not an option; did you mean "booking-url"? It is ignored.',
    'botox-guide: "telephone" is not an option; did you mean "phone"? It is ignored.',
    'botox-guide: "clinic_name" is not an option; did you mean "clinic-name"? It is ignored.',
    // HTML lowercases attribute names: clinicName arrives as clinicname.
    'botox-guide: "clinicname" is not an option; did you mean "clinic-name"? It is ignored.',
    'botox-guide: on <div data-botox-guide>, write data-clinic-name="…", not clinic-name="…"; it is ignored.',
  ];
  const seen = warnings(log);
  for (const w of expected) assert.equal(seen.filter((s) => s === w).length, 1, `once: ${w}\nall: ${seen.join('\n')}`);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a missing wasm file is named with its address; the visitor is told what cannot work, and those controls are off', async () => {
  const { page, log, context } = await openPage(env, '/hosts/plain.html');
  await context.route(/\.wasm$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.reload();
  const notice = page.locator('botox-guide .root[data-shell] > .notice');
  await notice.waitFor();
  assert.equal(await notice.innerText(), 'The date planner and the treatment switch cannot work right now. Everything else in this guide can still be read.');
  assert.equal(await notice.getAttribute('role'), 'status');
  const named = warnings(log).find((w) => w.includes('could not load'));
  assert.ok(named.includes(`botox-guide_bg.wasm could not be loaded from ${env.url}/botox-guide_bg.wasm (the server answered 404`), named);
  // The guide is still readable, and the planner's controls say they are off.
  await page.locator('botox-guide [data-tab=aftercare]').click();
  assert.ok(await page.locator('botox-guide #bg-panel-aftercare [data-step=first-4-hours]').isVisible());
  assert.equal(await page.locator('botox-guide #bg-treated-at').isDisabled(), true);
  assert.deepEqual(log.errors, []);
  await context.close();
});

/** Measures of the tab row of widget `id`, once the next frame has scrolled it. */
/** The tab list of widget `id`: is every tab (and its whole label) in view, with no sideways
 *  scrolling, and where each tab sits. */
async function tabRow(page, id) {
  await frames(page);
  return page.evaluate((id) => {
    const root = document.getElementById(id).shadowRoot;
    const row = root.querySelector('[role=tablist]');
    const tabs = [...row.querySelectorAll('[role=tab]')];
    const box = row.getBoundingClientRect();
    const inactive = getComputedStyle(tabs.find((t) => t.getAttribute('aria-selected') !== 'true'));
    return {
      live: !root.querySelector('.root[data-shell]'),
      count: tabs.length,
      // Every tab inside the list's box, and no label cut off inside its tab.
      allInView: tabs.every((t) => { const r = t.getBoundingClientRect(); return r.left >= box.left - 1 && r.right <= box.right + 1 && r.width > 0; }),
      noneClipped: tabs.every((t) => t.scrollWidth <= t.clientWidth + 1),
      scrolls: row.scrollWidth > row.clientWidth + 1 || document.documentElement.scrollWidth > innerWidth + 1,
      places: tabs.map((t) => { const r = t.getBoundingClientRect(); return [Math.round(r.left), Math.round(r.top - box.top)]; }),
      inactiveBorder: inactive.borderTopStyle === 'solid' && !/\/ 0\)$|rgba\(0, 0, 0, 0\)/.test(inactive.borderTopColor),
    };
  }, id);
}

for (const zoom of [1, 2]) {
  test(`phones: at 390 px${zoom > 1 ? ' and 200% text' : ''} every tab label is in view in English and Spanish, with no sideways scrolling, the same in the shell and the live widget`, async () => {
    const { page, log, context } = await openPage(env, '/hosts/dynamic.html', { viewport: { width: 390, height: 844 } });
    const release = await holdWasm(context);
    await page.reload();
    await page.evaluate((zoom) => {
      // 200%: the page zoomed as a visitor's browser zoom does (everything twice as large,
      // so a 390 px phone is 195 CSS pixels wide).
      document.documentElement.style.zoom = String(zoom);
      addElement('en', { tab: 'aftercare' });
      addElement('es', { tab: 'aftercare', locale: 'es' });
    }, zoom);
    // The shells (Spanish from its pack, loaded on its own) paint while the wasm is held.
    await page.waitForFunction(() => ['en', 'es'].every((id) => document.getElementById(id).shadowRoot.querySelector('.root[data-shell] [role=tablist]')));
    const shell = { en: await tabRow(page, 'en'), es: await tabRow(page, 'es') };
    await page.screenshot({ path: `${OUT}/tabs-390-${zoom}x-shell.png`, fullPage: true });
    release();
    await widgetsReady(page, 2);
    const live = { en: await tabRow(page, 'en'), es: await tabRow(page, 'es') };
    for (const l of ['en', 'es']) {
      assert.equal(shell[l].live, false);
      assert.equal(live[l].live, true);
      for (const m of [shell[l], live[l]]) {
        assert.equal(m.count, 6, `${l}: six tabs`);
        assert.ok(m.allInView, `${l}: every tab in view`);
        assert.ok(m.noneClipped, `${l}: no label cut off`);
        assert.equal(m.scrolls, false, `${l}: nothing scrolls sideways`);
        assert.ok(m.inactiveBorder, `${l}: inactive tabs have a visible outline`);
      }
      assert.deepEqual(live[l].places, shell[l].places, `${l}: the takeover does not move a tab`);
    }
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}

test('Spanish first paint: with the wasm held back, a Spanish page shows its guide in Spanish at once, and never English', async () => {
  const { page, log, context } = await openPage(env, '/hosts/spanish.html');
  const release = await holdWasm(context);
  // Every label the first tab ever shows, from the moment the shadow root exists.
  await page.addInitScript(() => {
    window.seen = [];
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attach.call(this, init);
      new MutationObserver(() => {
        const t = root.querySelector('[role=tab]');
        if (t && seen[seen.length - 1] !== t.textContent) seen.push(t.textContent);
      }).observe(root, { childList: true, subtree: true, characterData: true });
      return root;
    };
  });
  log.requests.length = 0;
  await page.reload();
  const shell = page.locator('botox-guide .root[data-shell]');
  await shell.waitFor();
  assert.equal(await page.locator('botox-guide [role=tab]').first().textContent(), 'Qué es el Botox');
  assert.equal(await page.locator('botox-guide .clinic-card h2').textContent(), 'Clínica Sol');
  assert.equal(await page.locator('botox-guide .title').count(), 0, 'heading="none": the page has its own');
  release();
  await widgetsReady(page);
  assert.deepEqual(await page.evaluate(() => seen), ['Qué es el Botox'], 'only Spanish was ever shown');
  assert.equal(log.requests.filter((u) => u.endsWith('/botox-guide-es.js')).length, 1, 'the page\'s own pack tag; not loaded again');
  assert.ok(!log.requests.some((u) => u.endsWith('/botox-guide-es.json')), 'the Spanish text came with the pack');
  // A page that shows no English fetches none (its language's pack is its fallback).
  assert.equal(log.requests.filter((u) => u.endsWith('/botox-guide-en.json')).length, 0, 'no English');
  assert.ok(log.requests.some((u) => u.endsWith('/botox-guide-full_bg.wasm')) && !log.requests.some((u) => u.endsWith('/botox-guide_bg.wasm')), 'the full wasm only');
  assert.deepEqual(log.errors, []);
  await context.close();
  // The pasted Spanish snippet reads without JavaScript.
  const noJs = await env.browser.newContext({ javaScriptEnabled: false });
  const p = await noJs.newPage();
  await p.goto(env.url + '/hosts/snippet-es.html');
  assert.ok(await p.locator('botox-guide').getByText('¿Qué es el Botox?').first().isVisible());
  await noJs.close();
});

test('dates in the visitor\'s convention: US and UK English, and the page\'s English for a visitor whose browser is in French', async () => {
  const cases = [
    { locale: 'en-US', full: 'Tue, Dec 8', first: 'Until Tue, Nov 24, 7:00 PM' },
    { locale: 'en-GB', full: 'Tue 8 Dec', first: 'Until Tue 24 Nov, 19:00' },
    { locale: 'fr-FR', lang: 'en-GB', full: 'Tue 8 Dec', first: 'Until Tue 24 Nov, 19:00' },
  ];
  for (const c of cases) {
    const { page, log, context } = await openPage(env, '/hosts/plain.html', { locale: c.locale });
    if (c.lang) await page.evaluate((l) => { document.documentElement.lang = l; }, c.lang);
    await widgetsReady(page);
    await page.locator('botox-guide [data-tab=aftercare]').click();
    await page.locator('botox-guide #bg-treated-at').fill('2026-11-24T15:00');
    const when = (step) => page.locator(`botox-guide [data-step=${step}] .when`).innerText();
    // Intl may put a narrow no-break space before AM/PM; it reads as a space.
    const norm = (s) => s.replace(/\u202f/g, ' ');
    assert.equal(norm(await when('full-effect')), c.full, c.locale);
    assert.equal(norm(await when('first-4-hours')), c.first, c.locale);
    assert.deepEqual(log.errors, []);
    await context.close();
  }
});

test('heading option: "none" removes the title and a text replaces it, in the shell and in the live widget', async () => {
  const { page, log, context } = await openPage(env, '/hosts/dynamic.html');
  const release = await holdWasm(context);
  await page.reload();
  await page.evaluate(() => {
    addElement('none', { heading: 'none' });
    addElement('own', { heading: 'Our guide to Botox' });
  });
  const titles = () => page.evaluate(() => ['none', 'own'].map((id) => {
    const t = document.getElementById(id).shadowRoot.querySelector('.title');
    return t && t.textContent;
  }));
  await page.waitForFunction(() => document.getElementById('own').shadowRoot.querySelector('.root[data-shell]'));
  assert.deepEqual(await titles(), [null, 'Our guide to Botox'], 'shell');
  release();
  await widgetsReady(page, 2);
  assert.deepEqual(await titles(), [null, 'Our guide to Botox'], 'live');
  // Without a title the tab row is the widget's top, with its rounded corners.
  const radius = await page.evaluate(() => getComputedStyle(document.getElementById('none').shadowRoot.querySelector('[role=tablist]')).borderTopLeftRadius);
  assert.notEqual(radius, '0px');
  assert.deepEqual(log.errors, []);
  await context.close();
});
