// After the visit: a clinic's post-visit page (`treatment-date`) shows the dated plan at once;
// "Send to my phone" shows a QR code made on the device (its wasm fetched only then), which
// decodes to a link that reopens the same plan on the same page, the fragment leaving the
// address bar; the printed sheet carries the same code. No request leaves the clinic's origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { start, openPage, widgetsReady, axeScan } from './helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

const ZONE = 'Europe/Madrid';
const PAGE = '/hosts/dynamic.html';
const key = 'botox-guide:v1:link-clinic';

/** The text of the QR code drawn in `locator` (an `svg`), read from a screenshot. */
async function decode(locator) {
  const png = PNG.sync.read(await locator.screenshot());
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.ok(found, 'a QR code is found in the screenshot');
  return found.data;
}

/** A cosmetic plan dated 2 Dec 2026, 3 pm, on Aftercare; the print dialog counted, not opened. */
async function datedCosmeticPlan(page) {
  await page.evaluate(() => {
    window.printed = 0;
    window.print = () => { window.printed += 1; };
    addElement('w', { 'clinic-name': 'Link Clinic', tab: 'aftercare', treatment: 'cosmetic' });
  });
  await widgetsReady(page);
  await page.locator('#w #bg-treated-at').fill('2026-12-02T15:00');
}

const selectedTab = (page) => page.locator('#w [role=tab][aria-selected=true]').getAttribute('data-tab');
const dateValue = (page) => page.locator('#w #bg-treated-at').inputValue();

test('treatment-date: the dated plan shows at once on Aftercare and is saved; a different saved date is kept and offered', async () => {
  const { page, log, context } = await openPage(env, PAGE, { timezoneId: ZONE });
  await page.evaluate(() => addElement('w', { 'treatment-date': '2026-12-02T15:00', 'clinic-name': 'Link Clinic', treatment: 'cosmetic' }));
  await widgetsReady(page);
  await page.locator('#w [aria-current=step]').first().waitFor();
  assert.equal(await selectedTab(page), 'aftercare');
  assert.equal(await dateValue(page), '2026-12-02T15:00');
  assert.deepEqual(await page.locator('#w [aria-current=step]').evaluateAll((els) => els.map((e) => e.dataset.step)), ['first-day']);
  assert.equal(JSON.parse(await page.evaluate((k) => localStorage.getItem(k), key)).treated_at, '2026-12-02T15:00', 'saved as if typed');
  await context.storageState({ path: `${process.cwd()}/test-results/plan-link-state.json` });
  await context.close();

  // The same visitor, another post-visit page with another time: theirs stays, this one is offered.
  const again = await openPage(env, PAGE, { timezoneId: ZONE, storageState: 'test-results/plan-link-state.json' });
  await again.page.evaluate(() => addElement('w', { 'treatment-date': '2026-12-01T09:00', 'clinic-name': 'Link Clinic', treatment: 'cosmetic' }));
  await widgetsReady(again.page);
  await again.page.locator('#w .offer').waitFor();
  assert.equal(await dateValue(again.page), '2026-12-02T15:00', 'the saved time is not replaced');
  assert.equal(await again.page.locator('#w .offer').innerText(), 'This page gives a treatment time of December 1, 2026, 9:00 AM. Your saved time is kept. Use this time instead');
  await again.page.locator('#w .offer button').click();
  await again.page.waitForFunction(() => document.querySelector('#w').shadowRoot.querySelector('#bg-treated-at').value === '2026-12-01T09:00');
  assert.equal(await again.page.locator('#w .offer').count(), 0, 'no offer once the times agree');
  assert.deepEqual([...log.errors, ...again.log.errors], []);
  await again.context.close();
});

test('Send to my phone: a QR code made on the device decodes to a link that reopens the same plan, and the fragment leaves the address bar', async () => {
  const { page, log, context } = await openPage(env, PAGE, { timezoneId: ZONE });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.url });
  await page.evaluate(() => {
    window.shared = [];
    addElement('w', { 'clinic-name': 'Link Clinic', tab: 'aftercare' });
    document.getElementById('w').addEventListener('botox-guide-plan-share', (e) => shared.push(e.detail.method));
  });
  await widgetsReady(page);
  assert.equal(await page.locator('#w #bg-send').count(), 0, 'no link to send without a date');
  await page.locator('#w #bg-treated-at').fill('2026-12-02T15:00');
  await page.locator('#w input[name=bg-treatment-aftercare][value=migraine]').check();
  const send = page.locator('#w button[aria-controls=bg-send]');
  await send.waitFor();
  assert.ok(!log.requests.some((u) => u.includes('botox-guide-qr')), 'the QR code\'s wasm is not fetched before it is asked for');
  await send.click();
  const code = page.locator('#w #bg-send svg.qr-code');
  await code.waitFor();
  assert.equal(await send.getAttribute('aria-expanded'), 'true');
  const link = `${env.url}${PAGE}#botox-guide-plan=2026-12-02T15:00~migraine`;
  assert.equal(await decode(code), link);
  assert.equal(await page.locator('#w .send-link').innerText(), link, 'the link as text, to select');
  assert.equal(await code.getAttribute('aria-label'), 'QR code of the link to this plan');
  const violations = await axeScan(page);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 1));
  // Chromium here has no share sheet: "Copy link".
  await page.locator('#w #bg-send button').click();
  await page.locator('#w #bg-send [role=status]:text("Link copied.")').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  assert.deepEqual(await page.evaluate(() => shared), ['qr', 'copy']);
  // A new date redraws the code.
  await page.locator('#w #bg-treated-at').fill('2026-11-30T08:15');
  await page.waitForFunction(() => document.querySelector('#w').shadowRoot.querySelector('.send-link')?.textContent.includes('2026-11-30T08:15'));
  assert.equal(await decode(code), `${env.url}${PAGE}#botox-guide-plan=2026-11-30T08:15~migraine`);
  assert.deepEqual(log.requests.filter((u) => !u.startsWith(env.url)), [], 'no request outside the clinic\'s origin');
  assert.deepEqual(log.errors, []);
  await context.close();

  // The phone: a fresh browser opens the link.
  const phone = await openPage(env, `${PAGE}#botox-guide-plan=2026-12-02T15:00~migraine`, { timezoneId: ZONE, viewport: { width: 390, height: 800 } });
  await phone.page.evaluate(() => addElement('w', { 'clinic-name': 'Link Clinic' }));
  await widgetsReady(phone.page);
  await phone.page.locator('#w [aria-current=step]').first().waitFor();
  assert.equal(await phone.page.evaluate(() => location.hash), '', 'the fragment left the address bar');
  assert.equal(await selectedTab(phone.page), 'aftercare');
  assert.equal(await dateValue(phone.page), '2026-12-02T15:00');
  assert.ok(await phone.page.locator('#w input[name=bg-treatment-aftercare][value=migraine]').isChecked(), 'the treatment the link names');
  assert.ok(await phone.page.locator('#w [data-step][data-treatment=migraine]').first().isVisible());
  assert.deepEqual(phone.log.requests.filter((u) => !u.startsWith(env.url)), []);
  assert.deepEqual(phone.log.errors, []);
  await phone.context.close();
});

test('a bad plan link is named in the console and ignored; the page\'s other hash parameters stay', async () => {
  const { page, log, context } = await openPage(env, `${PAGE}#botox-guide-plan=2027-02-30T10:00~cosmetic&section=3`, { timezoneId: ZONE });
  await page.evaluate(() => addElement('w', { 'clinic-name': 'Link Clinic' }));
  await widgetsReady(page);
  assert.equal(await page.evaluate(() => location.hash), '#section=3');
  assert.equal(await dateValue(page), '');
  assert.equal(await selectedTab(page), 'about', 'no plan: the first tab');
  const warned = log.console.filter((m) => m.type === 'warning' && m.text.includes('#botox-guide-plan'));
  assert.equal(warned.length, 1);
  assert.match(warned[0].text, /the plan link "#botox-guide-plan=2027-02-30T10:00~cosmetic" in the page's address is not accepted\. Expected a real local date and time .* The link is ignored\./);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('printing a dated plan: the sheet carries the same QR code, then the print dialog opens', async () => {
  const { page, log, context } = await openPage(env, PAGE, { timezoneId: ZONE });
  await datedCosmeticPlan(page);
  await page.locator('#w button[aria-controls=bg-send]').waitFor();
  await page.locator('#w .actions .button').nth(1).click();
  await page.waitForFunction(() => window.printed === 1);
  const code = page.locator('#w #bg-print-qr svg.qr-code');
  assert.equal(await code.count(), 1, 'the code is on the sheet before the dialog opens');
  assert.equal(await code.isVisible(), false, 'on screen it is not shown');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await code.isVisible(), true);
  assert.equal(await page.locator('#w #bg-print-qr').innerText(), 'Scan to open this plan on your phone.');
  assert.equal(await decode(code), `${env.url}${PAGE}#botox-guide-plan=2026-12-02T15:00~cosmetic`);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('when the QR code\'s file cannot be had: the console names it, the visitor gets the link, printing still works', async () => {
  const { page, log, context } = await openPage(env, PAGE, { timezoneId: ZONE });
  await context.route(/botox-guide-qr/, (route) => route.fulfill({ status: 404, body: 'missing' }));
  await datedCosmeticPlan(page);
  await page.locator('#w button[aria-controls=bg-send]').click();
  await page.locator('#w #bg-send .send-link').waitFor();
  assert.equal(await page.locator('#w #bg-send').innerText(), `The code could not be made here. Use the link below instead.\n\n${env.url}${PAGE}#botox-guide-plan=2026-12-02T15:00~cosmetic`);
  assert.ok(log.console.some((m) => m.type === 'warning' && /botox-guide: the QR code could not be made: .*botox-guide-qr/.test(m.text)));
  await page.locator('#w .actions .button').nth(1).click();
  await page.waitForFunction(() => window.printed === 1);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('in Spanish: the panel speaks Spanish (its words ride in the QR wasm, by the widget\'s language)', async () => {
  const { page, log, context } = await openPage(env, PAGE, { timezoneId: ZONE, locale: 'es-ES' });
  await page.evaluate(() => addElement('w', { locale: 'es', 'clinic-name': 'Link Clinic', 'treatment-date': '2026-12-02T15:00' }));
  await widgetsReady(page);
  const send = page.locator('#w button[aria-controls=bg-send]');
  assert.equal(await send.innerText(), 'Enviar a mi teléfono');
  await send.click();
  await page.locator('#w #bg-send svg.qr-code').waitFor();
  assert.match(await page.locator('#w #bg-send').innerText(), /^Escanee este código con la cámara de su teléfono/);
  assert.equal(await page.locator('#w #bg-send svg').getAttribute('aria-label'), 'Código QR del enlace a este plan');
  assert.equal(await page.locator('#w #bg-send button').innerText(), 'Copiar enlace');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a plan link on a page with the guide pasted in its HTML (the recommended embed) wakes it at once with the plan', async () => {
  const { page, log, context } = await openPage(env, '/hosts/snippet.html#botox-guide-plan=2026-12-02T15:00~migraine', { timezoneId: ZONE });
  // No touch: the pasted guide would otherwise wait for the visitor's first one.
  await widgetsReady(page);
  await page.locator('botox-guide [aria-current=step]').first().waitFor();
  assert.equal(await page.evaluate(() => location.hash), '');
  assert.equal(await page.locator('botox-guide [role=tab][aria-selected=true]').getAttribute('data-tab'), 'aftercare');
  assert.equal(await page.locator('botox-guide #bg-treated-at').inputValue(), '2026-12-02T15:00');
  assert.ok(await page.locator('botox-guide input[name=bg-treatment-aftercare][value=migraine]').isChecked());
  assert.deepEqual(log.errors, []);
  await context.close();
});
