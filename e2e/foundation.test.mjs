// The demo clinic page embeds the widget and keyboard alone reaches every topic.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, widgetsReady, OUT } from './helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

test('demo page: keyboard reaches the Aftercare tab and its panel text is visible', async () => {
  const { page, log, context } = await openPage(env, '/');
  await widgetsReady(page);
  // Tab from the top of the page until focus is on the widget's selected tab.
  let onTab = false;
  for (let i = 0; i < 40 && !onTab; i++) {
    await page.keyboard.press('Tab');
    onTab = await page.evaluate(() => document.activeElement?.localName === 'botox-guide'
      && document.activeElement.shadowRoot.activeElement?.getAttribute('role') === 'tab');
  }
  assert.ok(onTab, 'Tab key reaches the tablist');
  await page.keyboard.press('End');
  const tab = page.locator('botox-guide [role=tab][aria-selected=true]');
  assert.equal(await tab.getAttribute('data-tab'), 'aftercare');
  const panel = page.locator('botox-guide #bg-panel-aftercare');
  await panel.getByText('Aftercare: what to do and when').waitFor({ state: 'visible' });
  assert.ok(await panel.getByText('Rubbing or massaging the treated area.').isVisible());
  await page.screenshot({ path: `${OUT}/demo-aftercare.png`, fullPage: true });
  assert.deepEqual(log.errors, [], 'no exception reached the page');
  await context.close();
});

test('demo page: at 320 px wide nothing overflows horizontally', async () => {
  const { page, context } = await openPage(env, '/', { viewport: { width: 320, height: 700 } });
  await widgetsReady(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0);
  const tablist = page.locator('botox-guide [role=tablist]');
  const box = await tablist.boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 320, `tablist inside the viewport: ${JSON.stringify(box)}`);
  await page.screenshot({ path: `${OUT}/demo-320px.png`, fullPage: true });
  await context.close();
});
