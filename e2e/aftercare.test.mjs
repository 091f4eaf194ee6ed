// The aftercare timeline as a visitor uses it: yesterday's treatment, calendar file, print.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, openPage, widgetsReady, axeScan, OUT } from './helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

// Every page's clock is fixed at NOW (3 Dec 2026, 10 am) in its zone; the zones are set
// explicitly, far from UTC on both sides, so the machine's hour and zone change nothing.
const ZONES = ['Pacific/Auckland', 'America/Los_Angeles'];

async function planner(path, { zone, clock, treatment, clinic } = {}) {
  const { page, log, context } = await openPage(env, path, { acceptDownloads: true, timezoneId: zone, clock });
  if (path === '/hosts/dynamic.html') {
    await page.evaluate(([t, c]) => addElement('w', { tab: 'aftercare', treatment: t, 'clinic-name': c }), [treatment || 'both', clinic || 'Zone Clinic']);
  }
  await widgetsReady(page);
  await page.locator('botox-guide [data-tab=aftercare]').click();
  return { page, log, context };
}
const currentSteps = (page) => page.locator('botox-guide [aria-current=step]').evaluateAll((els) => els.map((e) => e.dataset.step));
const status = (page) => page.locator('botox-guide .status').innerText();

test('treated yesterday at 3 pm (now 10 am): the first 24 hours are current, the calendar file downloads and parses', async () => {
  const { page, log, context } = await planner('/', { zone: 'Pacific/Auckland' });
  await page.locator('botox-guide #bg-treated-at').fill('2026-12-02T15:00');
  await page.locator('botox-guide [aria-current=step]').first().waitFor();
  assert.deepEqual(await currentSteps(page), ['first-day']);
  assert.equal(await page.locator('botox-guide [data-step=first-day] .when').innerText(), 'Until Thu, Dec 3, 3:00 PM');
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
  assert.match(ics, /DTSTART;VALUE=DATE:20261216\r\n/, 'follow-up on day 14');
  assert.equal((ics.match(/BEGIN:VALARM\r\nACTION:DISPLAY\r\n/g) || []).length, 2, 'a reminder in each event');
  assert.match(ics, /DTSTAMP:20261202T210000Z\r\n/, 'stamped with the (fixed) time of the download, in UTC');
  assert.match(ics.replace(/\r\n /g, ''), /DESCRIPTION:.*Lakeside Dermatology & Headache Clinic: \+1 555 0100/);
  assert.ok(ics.split('\r\n').every((l) => Buffer.byteLength(l) <= 75), 'folded at 75 octets');
  await page.locator('botox-guide .aftercare').screenshot({ path: `${OUT}/aftercare-dated.png` });
  const violations = await axeScan(page);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 1));
  assert.deepEqual(log.errors, []);
  await context.close();
});

for (const zone of ZONES) {
  test(`day 2 (${zone}): cosmetic says it is between steps and names the next one with its day; migraine has a current step`, async () => {
    const { page, log, context } = await planner('/hosts/dynamic.html', { zone, treatment: 'cosmetic' });
    await page.locator('botox-guide #bg-treated-at').fill('2026-12-01T13:00'); // 45 hours before NOW
    await page.locator('botox-guide .step-next').waitFor();
    assert.deepEqual(await currentSteps(page), []);
    assert.equal(await status(page), 'No step is due right now. Keep watching for the warning signs. Next: \u2068Days 3 to 7: the effect begins\u2069, from Fri, Dec 4.');
    await page.evaluate(() => document.querySelector('botox-guide').setAttribute('treatment', 'migraine'));
    await page.locator('botox-guide [aria-current=step]').first().waitFor();
    assert.equal((await currentSteps(page)).length, 1, 'one migraine step is current on day 2');
    assert.equal(await status(page), 'Now: \u2068Weeks 1 to 12: the benefit builds; keep your diary\u2069. What to do is just below.', 'while a step is current, the line names it');
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  test(`just before and after midnight (${zone}): the first day ends at the treatment's time, then the gap line shows`, async () => {
    for (const [clock, current] of [['2026-12-03T23:20', ['first-day']], ['2026-12-03T23:40', []], ['2026-12-04T00:10', []]]) {
      const { page, context } = await planner('/hosts/dynamic.html', { zone, clock, treatment: 'cosmetic' });
      await page.locator('botox-guide #bg-treated-at').fill('2026-12-02T23:30');
      await page.locator('botox-guide [data-step=first-day] .when').waitFor();
      assert.equal(await page.locator('botox-guide [data-step=first-day] .when').innerText(), 'Until Thu, Dec 3, 11:30 PM');
      assert.deepEqual(await currentSteps(page), current, `at ${clock}`);
      if (!current.length) assert.match(await status(page), /Next: \u2068Days 3 to 7: the effect begins\u2069, from Sat, Dec 5\.$/);
      await context.close();
    }
  });
}

test('across daylight-saving changes: real hours for the first hours, the same wall-clock time for later days', async () => {
  const cases = [
    // Los Angeles: clocks go back at 2 am on 1 Nov; 4 real hours after 10 pm is 1 am.
    { zone: 'America/Los_Angeles', clock: '2026-11-01T01:15', treated: '2026-10-31T22:00', four: 'Until Sun, Nov 1, 1:00 AM', day14: 'Sat, Nov 14', migraine: 'Sat, Jan 23' },
    // Auckland: clocks go forward at 2 am on 27 Sep; 4 real hours after 11:30 pm is 4:30 am.
    { zone: 'Pacific/Auckland', clock: '2026-09-27T04:00', treated: '2026-09-26T23:30', four: 'Until Sun, Sep 27, 4:30 AM', day14: 'Sat, Oct 10', migraine: 'Sat, Dec 19' },
  ];
  for (const c of cases) {
    const { page, log, context } = await planner('/hosts/dynamic.html', { zone: c.zone, clock: c.clock, treatment: 'cosmetic' });
    await page.locator('botox-guide #bg-treated-at').fill(c.treated);
    await page.locator('botox-guide [aria-current=step]').first().waitFor();
    assert.equal(await page.locator('botox-guide [data-step=first-4-hours] .when').innerText(), c.four, c.zone);
    assert.deepEqual(await currentSteps(page), ['first-4-hours', 'first-day'], `${c.zone}: inside the first 4 real hours`);
    assert.equal(await page.locator('botox-guide [data-step=full-effect] .when').innerText(), c.day14, c.zone);
    await page.evaluate(() => document.querySelector('botox-guide').setAttribute('treatment', 'migraine'));
    await page.locator('botox-guide [data-step=next-migraine] .when').waitFor();
    assert.equal(await page.locator('botox-guide [data-step=next-migraine] .when').innerText(), c.migraine, `${c.zone}: week 12`);
    assert.deepEqual(log.errors, []);
    await context.close();
  }
});

test('print media: a clean aftercare sheet without tabs chrome, dates included, the clinic\'s phone and booking address as text', async () => {
  const { page, context } = await openPage(env, '/hosts/plain.html');
  await widgetsReady(page);
  await page.evaluate(() => document.querySelector('botox-guide').setAttribute('booking-url', 'https://plain.example/book?from=guide'));
  await page.locator('botox-guide [data-tab=aftercare]').click();
  await page.locator('botox-guide #bg-treated-at').fill('2026-11-24T15:00');
  await page.locator('botox-guide [data-step=full-effect] .when').waitFor();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('botox-guide [role=tablist]').isVisible(), false, 'no tabs when printed');
  assert.equal(await page.locator('botox-guide .plan-controls').isVisible(), false, 'no form controls when printed');
  assert.ok(await page.locator('botox-guide .aftercare .print-only').isVisible(), 'treatment date printed');
  assert.equal(await page.locator('botox-guide .aftercare .print-only').innerText(), 'Date and time of your treatment: November 24, 2026, 3:00 PM');
  // The buttons are gone on paper; the number and the full booking address are printed.
  assert.equal(await page.locator('botox-guide .clinic-card .button').first().isVisible(), false);
  assert.deepEqual(await page.locator('botox-guide .clinic-card .print-only').allInnerTexts(),
    ['Phone: +1 555 0100', 'Book online: https://plain.example/book?from=guide']);
  assert.ok(await page.locator('botox-guide [data-step=full-effect] .when').isVisible());
  await page.locator('botox-guide').screenshot({ path: `${OUT}/aftercare-print.png` });
  // The sheet holds every warning sign with its level (the summary above would repeat it).
  assert.ok(await page.locator('botox-guide .aftercare .urgent [data-level=level-emergency]').isVisible(), 'the warning signs are printed');
  for (const treatment of ['cosmetic', 'migraine']) {
    await page.evaluate((t) => document.querySelector('botox-guide').setAttribute('treatment', t), treatment);
    await page.locator(`botox-guide .timeline [data-step=${treatment === 'cosmetic' ? 'full-effect' : 'next-migraine'}]`).waitFor();
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert.equal(pages, 1, `the ${treatment} aftercare sheet fits on one A4 page`);
  }
  await context.close();
});
