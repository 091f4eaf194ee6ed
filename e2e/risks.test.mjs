// The risk explainer as a visitor sees it, and an accessibility scan of it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, widgetsReady, axeScan, OUT } from './helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

test('a visitor can read how many in 100 get a drooping eyelid after migraine treatment, vs placebo', async () => {
  const { page, log, context } = await openPage(env, '/hosts/plain.html');
  await widgetsReady(page);
  await page.locator('botox-guide [data-tab=risks]').click();
  await page.locator('botox-guide #bg-panel-risks input[value=migraine]').check();
  const card = page.locator('botox-guide [data-effect=eyelid-droop]');
  await card.waitFor();
  const text = await card.innerText();
  assert.match(text, /With Botox: about 4 in 100 people/);
  assert.match(text, /With placebo injections: fewer than 1 in 100 people/);
  const urgent = page.locator('botox-guide #bg-panel-risks .urgent');
  assert.ok(await urgent.isVisible());
  assert.match(await urgent.innerText(), /Trouble swallowing/);
  await page.locator('botox-guide .risk-explainer').screenshot({ path: `${OUT}/risk-explainer-migraine.png` });
  const violations = await axeScan(page);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 1));
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('safety first: the urgent box on the risks tab holds the allergy signs; the aftercare tab opens with the urgent line, which jumps to the box', async () => {
  const { page, log, context } = await openPage(env, '/hosts/plain.html');
  await widgetsReady(page);
  await page.locator('botox-guide [data-tab=risks]').click();
  const urgent = page.locator('botox-guide #bg-panel-risks .urgent');
  for (const id of ['allergy-hives', 'allergy-swelling', 'allergy-faint']) {
    assert.ok(await urgent.locator(`[data-sign=${id}]`).isVisible(), `${id} inside the urgent box`);
  }
  assert.match(await urgent.innerText(), /Swelling of your face, lips, tongue or throat/);
  assert.match(await urgent.innerText(), /wheezing/);
  assert.ok(await page.locator('botox-guide #bg-panel-risks [data-statement], botox-guide #bg-panel-risks .callout-caution').first().isVisible());
  assert.match(await page.locator('botox-guide #bg-panel-risks').innerText(), /do not drive/i);
  await page.locator('botox-guide [data-tab=aftercare]').click();
  const panel = page.locator('botox-guide #bg-panel-aftercare');
  const order = await panel.evaluate((p) => {
    const line = p.querySelector('.urgent-first');
    const first = p.querySelector('.timeline .step');
    return line && first ? line.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
  });
  assert.ok(order, 'the urgent line comes before the first step');
  assert.match(await panel.locator('.urgent-first').innerText(), /Get medical help right away/);
  await panel.locator('.urgent-first a').click();
  const focused = await page.evaluate(() => document.querySelector('botox-guide').shadowRoot.activeElement?.id);
  assert.equal(focused, 'bg-urgent-aftercare', 'the link moves focus to the urgent box');
  assert.deepEqual(log.errors, []);
  await context.close();
});
