// The `market` option as a clinic outside the US uses it: every tab's safety element gives
// the market's emergency number and its reporting route (as does the risks detail), the calendar file the
// number; the UK and Ireland see the medicine's generic name and no benefits list; the shell
// before the wasm already shows the market (and waits for its file rather than show another
// country's number). The numbers and addresses come from the market table (src/markets.rs,
// via target/generated/markets.json); the texts from the content files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, openPage, widgetsReady, holdWasm, OUT } from './helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

const markets = JSON.parse(readFileSync('target/generated/markets.json', 'utf8'));
const en = JSON.parse(readFileSync('src/content/en.json', 'utf8'));
const es = JSON.parse(readFileSync('src/content/es.json', 'utf8'));
const number = (n) => new RegExp(`(^|[^0-9])${n}([^0-9]|$)`);

/** A page with one live widget of `attrs`. */
async function guide(attrs, options = {}) {
  const { page, log, context } = await openPage(env, '/hosts/dynamic.html', { acceptDownloads: true, ...options });
  await page.evaluate((a) => addElement('m', a), attrs);
  await page.locator('botox-guide .root').first().hover();
  await widgetsReady(page);
  return { page, log, context };
}

const cases = [...Object.keys(markets).map((m) => ({ market: m, locale: 'en' })), { market: 'es', locale: 'es' }, { market: 'us', locale: 'es' }];

for (const { market, locale } of cases) {
  test(`market ${market} in ${locale}: the safety element on every tab, the reporting route and the calendar file follow the market`, async () => {
    const m = markets[market];
    const { page, log, context } = await guide({ market, locale, 'clinic-name': 'Harbour Clinic' });
    const content = locale === 'es' ? es : en;
    assert.equal(await page.locator('botox-guide .root').getAttribute('lang'), m.lang[locale]);
    for (const section of content.sections) {
      await page.locator(`botox-guide [data-tab=${section.id}]`).click();
      const safety = page.locator('botox-guide .safety');
      assert.ok(await safety.isVisible(), `${section.id}: the safety element shows`);
      const text = await safety.innerText();
      for (const n of [m.emergency, m.urgentLine].filter(Boolean)) assert.match(text, number(n), `${section.id}: ${n} in ${text}`);
      // How to report a side effect, one tap away in the same element.
      const all = await safety.evaluate((e) => e.textContent);
      if (m.report.address) assert.ok(all.includes(m.report.address), `${section.id}: reports to ${m.report.address}`);
      if (m.report.name) assert.ok(all.includes(m.report.name), `${section.id}: names ${m.report.name}`);
      // Spanish as the market speaks it: "conducir" in Spain, "manejar" for US readers.
      if (locale === 'es') assert.match(text, m.lang.es === 'es-ES' ? /No conduzca/ : /No maneje/, text);
    }
    // The reporting route, in the risks tab's full detail.
    await page.locator('botox-guide [data-tab=risks]').click();
    await page.locator('botox-guide #bg-panel-risks .disclosure').click();
    const detail = await page.locator('botox-guide #bg-panel-risks').innerText();
    if (m.report.address) assert.ok(detail.includes(m.report.address), `${market}: reports to ${m.report.address}`);
    if (m.report.name) assert.ok(detail.includes(m.report.name), `${market}: names ${m.report.name}`);
    if (market !== 'us') assert.ok(!detail.includes('1-800-FDA-1088'), `${market}: no US reporting line`);
    // The calendar file: every reminder ends with the emergency line and its number.
    await page.locator('botox-guide [data-tab=aftercare]').click();
    await page.locator('botox-guide #bg-treated-at').fill('2026-12-02T15:00');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('botox-guide .actions button').first().click()]);
    const path = `${OUT}/market-${market}-${locale}.ics`;
    await download.saveAs(path);
    // Each event's own description (its reminder's, after BEGIN:VALARM, is the title).
    const descriptions = readFileSync(path, 'utf8').replace(/\r\n /g, '').split('BEGIN:VEVENT').slice(1).map((e) => e.split('BEGIN:VALARM')[0].split('\r\n').find((l) => l.startsWith('DESCRIPTION:')));
    assert.ok(descriptions.length >= 2);
    for (const d of descriptions) assert.match(d, number(m.emergency), `${market}: ${d}`);
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}

test('uk: the generic name in the title and tab labels, no benefits list, the under-18 notice beside the booking button', async () => {
  const { page, log, context } = await guide({ market: 'uk', 'booking-url': 'https://harbour.example/book' });
  const title = await page.locator('botox-guide .title').innerText();
  const labels = await page.locator('botox-guide [role=tab]').allInnerTexts();
  for (const text of [title, ...labels]) assert.doesNotMatch(text, /botox/i, text);
  assert.match(title, /botulinum toxin/i);
  await page.locator('botox-guide [data-tab=risks]').click();
  await page.locator('botox-guide #bg-panel-risks .disclosure').click();
  const benefits = en.sections.find((s) => s.id === 'risks').detail.blocks.find((b) => b.id === 'possible-benefits').title;
  assert.ok(!(await page.locator('botox-guide #bg-panel-risks').innerText()).includes(benefits), 'no benefits list');
  const card = await page.locator('botox-guide .clinic-card').innerText();
  const notice = en.markets.find((s) => s.markets.includes('uk') && s.texts?.['ui.book_notice']).texts['ui.book_notice'];
  assert.ok(card.includes(notice), card);
  assert.match(card, new RegExp(en.ui.book));
  assert.deepEqual(log.errors, []);
  await context.close();
  // Ireland: generic too, and no English law.
  const ie = await guide({ market: 'ie', 'booking-url': 'https://harbour.example/book' });
  assert.doesNotMatch(await ie.page.locator('botox-guide .title').innerText(), /botox/i);
  assert.ok(!(await ie.page.locator('botox-guide .clinic-card').innerText()).includes(notice));
  await ie.context.close();
});

test("the shell waits for the market's file (no other country's number on screen), then shows the market before the wasm", async () => {
  const { page, log, context } = await openPage(env, '/hosts/dynamic.html');
  const releaseWasm = await holdWasm(context);
  let releaseFile;
  const gate = new Promise((r) => { releaseFile = r; });
  await context.route(/botox-guide-market-uk\.js$/, async (route) => { await gate; await route.continue(); });
  await page.reload();
  await page.waitForFunction(() => window.addElement && window.BotoxGuide);
  await page.evaluate(() => addElement('m', { market: 'uk' }));
  await page.waitForFunction(() => document.querySelector('#m').shadowRoot);
  // Waiting: the placeholder, not the US view.
  assert.equal(await page.evaluate(() => !!document.querySelector('#m').shadowRoot.querySelector('.root')), false);
  releaseFile();
  await page.locator('#m .root[data-shell]').waitFor();
  const safety = await page.locator('#m .safety').innerText();
  assert.match(safety, number('999'));
  assert.doesNotMatch(safety, number('911'));
  assert.doesNotMatch(await page.locator('#m .title').innerText(), /botox/i);
  assert.equal(await page.locator('#m .root').getAttribute('lang'), 'en-GB');
  releaseWasm();
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a uk guide on the home page is named in the console once; on another page it is not', async () => {
  const html = (path) => `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Clinic</title></head><body><h1>Clinic</h1>
<script src="${env.url}/embed.js"></script><botox-guide market="uk"></botox-guide><botox-guide market="uk"></botox-guide><p>${path}</p></body></html>`;
  for (const [path, expected] of [['/', 1], ['/treatments/', 0]]) {
    const { page, log, context } = await openPage(env, '/hosts/plain.html');
    await context.route(`${env.url}${path}`, (route) => route.fulfill({ contentType: 'text/html', body: html(path) }));
    await page.goto(`${env.url}${path}`);
    await page.locator('botox-guide .root').first().waitFor();
    const warned = log.console.filter((m) => m.type === 'warning' && m.text.includes("site's home page"));
    assert.equal(warned.length, expected, `${path}: ${warned.map((m) => m.text)}`);
    await context.close();
  }
});
