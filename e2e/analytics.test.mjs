// Events for every visitor action, and `analytics="datalayer"`: each pushed to the page's
// window.dataLayer as documented, with nothing personal (no date, no free text, no clinic
// details), no request of the widget's own; without the option, window.dataLayer untouched.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, widgetsReady } from './helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

/** Every visitor action the widget reports, on widget `id`. */
async function act(page, id) {
  const w = `#${id}`;
  await page.locator(`${w} [data-tab=risks]`).click();
  await page.locator(`${w} [data-tab=aftercare]`).click();
  await page.locator(`${w} #bg-treated-at`).fill('2026-12-03T09:00');
  await page.locator(`${w} input[name=bg-treatment-aftercare][value=migraine]`).check();
  await page.locator(`${w} input[name=bg-treatment-aftercare][value=cosmetic]`).check();
  for (const box of await page.locator(`${w} [data-step=first-day] input[type=checkbox]`).all()) await box.check();
  const download = page.waitForEvent('download');
  await page.locator(`${w} .actions .button`).first().click();
  await download;
  await page.locator(`${w} .actions .button`).nth(1).click();
  await page.locator(`${w} .clinic-card a[href^="tel:"]`).click();
  await page.locator(`${w} .clinic-card a[href^="https:"]`).click();
}

test('analytics="datalayer": every visitor action pushes its documented entry and nothing personal; the DOM events carry the same', async () => {
  const { page, log, context } = await openPage(env, '/hosts/dynamic.html', { acceptDownloads: true });
  await page.evaluate(() => {
    window.print = () => {};
    // The clinic card's links stay on the page (a call or a new tab is not the test's business).
    document.addEventListener('click', (e) => { if (e.composedPath().some((n) => n.matches?.('a[href^="tel:"], a[target=_blank]'))) e.preventDefault(); }, true);
    window.seen = [];
    addElement('on', { analytics: 'datalayer', 'clinic-name': 'Lakeside Clinic', phone: '+1 555 0100', 'booking-url': 'https://lakeside.example/book' });
    document.getElementById('on').addEventListener('botox-guide-plan-set', (e) => seen.push(e.detail));
  });
  await widgetsReady(page);
  await act(page, 'on');
  const pushed = await page.evaluate(() => window.dataLayer);
  assert.deepEqual(pushed, [
    { event: 'botox_guide_ready' },
    { event: 'botox_guide_tab_change', tab: 'risks' },
    { event: 'botox_guide_tab_change', tab: 'aftercare' },
    { event: 'botox_guide_plan_set', treatment: 'cosmetic' },
    { event: 'botox_guide_treatment_change', treatment: 'migraine' },
    { event: 'botox_guide_treatment_change', treatment: 'cosmetic' },
    { event: 'botox_guide_step_done', step: 'first-day' },
    { event: 'botox_guide_calendar_download', treatment: 'cosmetic' },
    { event: 'botox_guide_print' },
    { event: 'botox_guide_cta_click', kind: 'phone' },
    { event: 'botox_guide_cta_click', kind: 'booking' },
  ]);
  const text = JSON.stringify(pushed);
  assert.doesNotMatch(text, /2026|Lakeside|555|https?:/, 'no date, clinic detail or address');
  assert.deepEqual(await page.evaluate(() => seen), [{ treatment: 'cosmetic' }], 'the DOM event has the same detail (never the date)');
  assert.deepEqual(log.requests.filter((u) => !u.startsWith(env.url)), [], 'no request outside the clinic\'s origin');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('without analytics="datalayer" the same actions leave window.dataLayer untouched; a page whose dataLayer is not an array is left alone', async () => {
  const { page, log, context } = await openPage(env, '/hosts/dynamic.html', { acceptDownloads: true });
  await page.evaluate(() => {
    window.print = () => {};
    document.addEventListener('click', (e) => { if (e.composedPath().some((n) => n.matches?.('a[href^="tel:"], a[target=_blank]'))) e.preventDefault(); }, true);
    addElement('off', { 'clinic-name': 'Lakeside Clinic', phone: '+1 555 0100', 'booking-url': 'https://lakeside.example/book' });
  });
  await widgetsReady(page);
  await act(page, 'off');
  assert.equal(await page.evaluate(() => 'dataLayer' in window), false);
  await page.evaluate(() => { window.dataLayer = { mine: true }; addElement('odd', { analytics: 'datalayer' }); });
  await widgetsReady(page, 2);
  await page.locator('#odd [data-tab=risks]').click();
  assert.deepEqual(await page.evaluate(() => window.dataLayer), { mine: true });
  assert.deepEqual(log.errors, []);
  await context.close();
});
