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
