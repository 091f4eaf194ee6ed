// The aftercare timeline as a visitor uses it: yesterday's treatment, calendar file, print.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, openPage, widgetsReady, axeScan, OUT } from './helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

function yesterdayAt3pm() {
  const d = new Date();
  d.setDate(d.getDate() - 1);
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T15:00`;
}

test('treated yesterday at 3 pm: today is highlighted, the calendar file downloads and parses', async () => {
  const { page, log, context } = await openPage(env, '/', { acceptDownloads: true });
  await widgetsReady(page);
  await page.locator('botox-guide [data-tab=aftercare]').click();
  await page.locator('botox-guide #bg-treated-at').fill(yesterdayAt3pm());
  const current = page.locator('botox-guide [aria-current=step]');
  await current.first().waitFor();
  const ids = await current.evaluateAll((els) => els.map((e) => e.dataset.step));
  // 3 pm yesterday to now: still inside the first 24 hours before 3 pm today, after it between steps.
  const hour = new Date().getHours();
  if (hour < 15) assert.deepEqual(ids, ['first-day']);
  else assert.deepEqual(ids, [], 'between steps after 24 hours');
  assert.match(await page.locator('botox-guide [data-step=first-day] .when').innerText(), /^Until \w{3} \d+ \w{3}, 3:00 pm$/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('botox-guide .actions button').first().click(),
  ]);
  assert.equal(download.suggestedFilename(), 'botox-aftercare.ics');
  const path = `${OUT}/aftercare.ics`;
  await download.saveAs(path);
  const ics = readFileSync(path, 'utf8');
  assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\n') && ics.endsWith('END:VCALENDAR\r\n'));
  assert.equal((ics.match(/BEGIN:VEVENT/g) || []).length, 2);
  assert.match(ics.replace(/\r\n /g, ''), /DESCRIPTION:.*Lakeside Dermatology & Headache Clinic: \+1 555 0100/);
  assert.ok(ics.split('\r\n').every((l) => Buffer.byteLength(l) <= 75), 'folded at 75 octets');
  await page.locator('botox-guide .aftercare').screenshot({ path: `${OUT}/aftercare-dated.png` });
  const violations = await axeScan(page);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 1));
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('print media: a clean aftercare sheet without tabs chrome, dates included', async () => {
  const { page, context } = await openPage(env, '/hosts/plain.html');
  await widgetsReady(page);
  await page.locator('botox-guide [data-tab=aftercare]').click();
  await page.locator('botox-guide #bg-treated-at').fill('2026-11-24T15:00');
  await page.locator('botox-guide [data-step=full-effect] .when').waitFor();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('botox-guide [role=tablist]').isVisible(), false, 'no tabs when printed');
  assert.equal(await page.locator('botox-guide .plan-controls').isVisible(), false, 'no form controls when printed');
  assert.ok(await page.locator('botox-guide .print-only').isVisible(), 'treatment date printed');
  assert.ok(await page.locator('botox-guide [data-step=full-effect] .when').isVisible());
  await page.locator('botox-guide').screenshot({ path: `${OUT}/aftercare-print.png` });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.equal(pages, 1, 'the aftercare sheet fits on one A4 page');
  await context.close();
});
