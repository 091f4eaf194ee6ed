// Theming for designers: CSS tokens from the host page reach the widget, and the playground
// edits them live, shows the CSS to copy and warns about low contrast.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, openPage, widgetsReady, axeScan, OUT, srgb, hex } from './helpers.mjs';

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
  assert.deepEqual(srgb(s.accent), hex('#0a5c73'), 'the demo page sets --botox-guide-color-accent: #0a5c73 (readable in light as it is)');
  assert.match(s.font, /system-ui/, 'and --botox-guide-font-family');
  await page.locator('botox-guide [data-tab=risks]').click();
  const iconFill = await page.locator('botox-guide .icon-array:not(.placebo) .on').first().evaluate((e) => getComputedStyle(e).fill);
  assert.deepEqual(srgb(iconFill), hex('#0a5c73'), 'icon arrays follow the accent unless their own token is set');
  await page.evaluate(() => document.querySelector('botox-guide').style.setProperty('--botox-guide-radius', '0px'));
  const radius = await page.locator('botox-guide .root').evaluate((e) => getComputedStyle(e).borderTopLeftRadius);
  assert.equal(radius, '0px');
  await context.close();
});

test('playground: light and dark side by side; one brand colour is applied, kept readable per scheme and reported; the CSS covers both; axe-clean', async () => {
  const { page, log, context } = await openPage(env, '/playground.html');
  await widgetsReady(page, 2);
  await page.waitForFunction(() => /All checked text/.test(document.getElementById('contrast').innerText));
  const selected = (scheme) => page.locator(`#preview-${scheme} [role=tab][aria-selected=true]`).evaluate((e) => getComputedStyle(e).color);
  await page.locator('#token-color-accent').fill('#0a5c73');
  await page.waitForFunction(() => /is shown as/.test(document.getElementById('contrast').innerText));
  assert.deepEqual(srgb(await selected('light')), hex('#0a5c73'), 'readable in light as it is');
  assert.notDeepEqual(srgb(await selected('dark')), hex('#0a5c73'), 'lightened in dark');
  const report = await page.locator('#contrast').innerText();
  assert.match(report, /Dark scheme[\s\S]*your #0a5c73 is shown as #[0-9a-f]{6} in the dark scheme/);
  assert.doesNotMatch(report, /Light scheme[\s\S]*in the light scheme/, 'not adjusted in light');
  assert.doesNotMatch(report, /needs/, 'nothing fails');
  assert.match(await page.locator('#css').innerText(), /^botox-guide, \[data-botox-guide\] \{\n {2}--botox-guide-color-accent: #0a5c73;\n\}$/);
  await page.locator('#exact summary').click();
  await page.locator('#token-dark-color-accent').fill('#88ddff');
  await page.waitForFunction(() => /--botox-guide-dark-color-accent: #88ddff/.test(document.getElementById('css').innerText));
  assert.deepEqual(srgb(await selected('dark')), hex('#88ddff'), 'an exact dark colour that is readable is used as it is');
  await page.locator('#radius').fill('0');
  assert.match(await page.locator('#css').innerText(), /--botox-guide-radius: 0px;/);
  await page.screenshot({ path: `${OUT}/playground.png`, fullPage: true });
  await page.locator('#reset').click();
  assert.match(await page.locator('#css').innerText(), /Defaults: nothing to add/);
  if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  const violations = await page.evaluate(async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations.map((v) => v.id));
  assert.deepEqual(violations, []);
  assert.deepEqual(await axeScan(page), []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("the playground's tokens are the generated table: the same names and defaults as the README", async () => {
  const readme = readFileSync('README.md', 'utf8');
  const script = readFileSync('dist/playground-tokens.js', 'utf8').split('\n')[0];
  const tokens = JSON.parse(script.slice(script.indexOf('['), script.lastIndexOf(']') + 1));
  assert.ok(tokens.filter((t) => t.colour).length >= 15);
  for (const t of tokens) {
    assert.ok(readme.includes(`| \`--botox-guide-${t.name}\` | \`${t.light}\` | \`${t.dark}\` |`), `${t.name} in README`);
  }
});

test('playground: the previews show the guide as a clinic in the chosen market (the generic name in the UK)', async () => {
  const { page, log, context } = await openPage(env, '/playground.html');
  const markets = JSON.parse(readFileSync('target/generated/markets.json', 'utf8'));
  assert.deepEqual(await page.locator('#market option').evaluateAll((os) => os.map((o) => o.value)), Object.keys(markets));
  await page.locator('#preview-light .title').waitFor();
  assert.match(await page.locator('#preview-light .title').innerText(), /Botox/);
  await page.locator('#market').selectOption('uk');
  for (const id of ['preview-light', 'preview-dark']) {
    await page.waitForFunction((id) => /botulinum toxin/i.test(document.getElementById(id).shadowRoot.querySelector('.title')?.textContent ?? ''), id);
    assert.match(await page.locator(`#${id} .safety`).innerText(), /\b999\b/);
  }
  assert.ok(!(await page.locator('#css').innerText()).includes('market'), 'not a token: not in the CSS');
  assert.deepEqual(log.errors, []);
  await context.close();
});
