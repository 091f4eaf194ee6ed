// Theming for designers: CSS tokens from the host page reach the widget, and the playground
// edits them live, shows the CSS to copy and warns about low contrast.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, openPage, widgetsReady, axeScan, OUT } from './helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

test('host CSS variables theme the widget: accent, font family, radius', async () => {
  const { page, context } = await openPage(env, '/');
  await widgetsReady(page);
  const s = await page.evaluate(() => {
    const root = document.querySelector('botox-guide').shadowRoot;
    const tab = getComputedStyle(root.querySelector('[role=tab][aria-selected=true]'));
    return { accent: tab.color, font: getComputedStyle(root.querySelector('.root')).fontFamily };
  });
  assert.equal(s.accent, 'rgb(10, 92, 115)', 'the demo page sets --botox-guide-color-accent: #0a5c73');
  assert.match(s.font, /system-ui/, 'and --botox-guide-font-family');
  await page.locator('botox-guide [data-tab=risks]').click();
  const iconFill = await page.locator('botox-guide .icon-array:not(.placebo) .on').first().evaluate((e) => getComputedStyle(e).fill);
  assert.equal(iconFill, 'rgb(10, 92, 115)', 'icon arrays follow the accent unless their own token is set');
  await page.evaluate(() => document.querySelector('botox-guide').style.setProperty('--botox-guide-radius', '0px'));
  const radius = await page.locator('botox-guide .root').evaluate((e) => getComputedStyle(e).borderTopLeftRadius);
  assert.equal(radius, '0px');
  await context.close();
});

test('playground: changes apply live, the CSS box shows them, low contrast is flagged, and it is axe-clean', async () => {
  const { page, log, context } = await openPage(env, '/playground.html');
  await widgetsReady(page);
  assert.match(await page.locator('#contrast').innerText(), /All text colours pass/);
  await page.locator('#token-color-accent').fill('#7a1fa2');
  const accent = await page.locator('botox-guide [role=tab][aria-selected=true]').evaluate((e) => getComputedStyle(e).color);
  assert.equal(accent, 'rgb(122, 31, 162)');
  assert.match(await page.locator('#css').innerText(), /botox-guide \{\n {2}--botox-guide-color-accent: #7a1fa2;\n\}/);
  await page.locator('#radius').fill('0');
  assert.match(await page.locator('#css').innerText(), /--botox-guide-radius: 0px;/);
  await page.locator('#token-color-text').fill('#dddddd');
  assert.match(await page.locator('#contrast').innerText(), /Low contrast: Text on Background is [0-9.]+:1/);
  await page.screenshot({ path: `${OUT}/playground.png`, fullPage: true });
  await page.locator('#reset').click();
  assert.match(await page.locator('#css').innerText(), /Defaults: nothing to add/);
  const violations = await page.evaluate(async () => {
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => v.id);
  }).catch(async () => {
    await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
    return page.evaluate(async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations.map((v) => v.id));
  });
  assert.deepEqual(violations, []);
  assert.deepEqual(await axeScan(page), []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the playground tokens and defaults match the README table', async () => {
  const readme = readFileSync('README.md', 'utf8');
  const js = readFileSync('static/playground.js', 'utf8');
  const pairs = [...js.matchAll(/\['(color-[a-z-]+)', '(#[0-9a-f]{6})'/g)].map((m) => [m[1], m[2]]);
  assert.ok(pairs.length >= 8);
  for (const [name, light] of pairs) {
    assert.ok(readme.includes(`| \`--botox-guide-${name}\` | \`${light}\` |`), `${name} ${light} in README`);
  }
});
