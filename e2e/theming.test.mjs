// Theming for designers: CSS tokens from the host page reach the widget, and the playground
// edits them live, shows the CSS to copy and warns about low contrast.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, openPage, widgetsReady, axeScan, OUT, srgb, hex, contrast, luminance, toLinear, encode } from './helpers.mjs';

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
  // Lightened in dark: mixed toward white in linear light just enough to reach luminance
  // 0.318 (the dark scheme's bound for text), so the hue stays.
  const y = luminance(hex('#0a5c73'));
  const t = (0.318 - y) / (1 - y);
  const expected = hex('#0a5c73').map(toLinear).map((c) => encode(c + (1 - c) * t));
  const shown = srgb(await selected('dark'));
  assert.ok(shown.every((c, i) => Math.abs(c - expected[i]) <= 1), `lightened in dark to ${expected}, shown ${shown}`);
  const report = await page.locator('#contrast').innerText();
  assert.match(report, /Dark scheme[\s\S]*your #0a5c73 is shown as #[0-9a-f]{6} in the dark scheme/);
  assert.doesNotMatch(report, /Light scheme[\s\S]*in the light scheme/, 'not adjusted in light');
  assert.doesNotMatch(report, /needs/, 'nothing fails');
  assert.match(await page.locator('#css').innerText(), /^botox-guide, \[data-botox-guide\] \{\n {2}--botox-guide-color-accent: #0a5c73;\n\}$/);
  await page.locator('#exact summary').click();
  await page.locator('#token-dark-color-accent').fill('#88ddff');
  await page.waitForFunction(() => /--botox-guide-dark-color-accent: #88ddff/.test(document.getElementById('css').innerText));
  assert.deepEqual(srgb(await selected('dark')), hex('#88ddff'), 'an exact dark colour that is readable is used as it is');
  await page.locator('#token-radius').fill('0');
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

/** Every part name in the markup of a live widget, with every tab, detail, step, the today
 *  card and the "Send to my phone" panel shown (a plan set). */
async function partsInMarkup(page) {
  await page.locator('botox-guide #bg-tab-aftercare').click();
  await page.locator('botox-guide #bg-treated-at').fill('2026-12-01T10:00');
  await page.locator('botox-guide .today').waitFor();
  await page.locator('botox-guide button[aria-controls=bg-send]').click();
  await page.locator('botox-guide #bg-send svg').waitFor();
  const seen = new Set();
  for (const tab of ['about', 'wrinkles', 'risks', 'migraine', 'choosing', 'aftercare']) {
    await page.locator(`botox-guide [data-tab=${tab}]`).click();
    for (const d of await page.locator(`botox-guide #bg-panel-${tab} .disclosure[aria-expanded=false]`).all()) await d.click();
    const names = await page.evaluate(() => [...document.querySelector('botox-guide').shadowRoot.querySelectorAll('[part]')].flatMap((e) => e.getAttribute('part').split(/\s+/)));
    names.forEach((n) => seen.add(n));
  }
  return seen;
}

test('parts: every part in the README table is in the markup, and every part in the markup is in the table', async () => {
  const { page, log, context } = await openPage(env, '/');
  await widgetsReady(page);
  const readme = readFileSync('README.md', 'utf8');
  const table = readme.slice(readme.indexOf('<!-- parts:start -->'), readme.indexOf('<!-- parts:end -->'));
  const documented = new Set([...table.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]));
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
  const declared = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'botox-guide');
  assert.deepEqual(new Set(declared.cssParts.map((p) => p.name)), documented, 'the manifest lists the same parts');
  const seen = await partsInMarkup(page);
  assert.deepEqual([...documented].filter((p) => !seen.has(p)), [], 'documented but not in the markup');
  assert.deepEqual([...seen].filter((p) => !documented.has(p)), [], 'in the markup but not documented');
  // `button` is the group; each button is primary or secondary, never both.
  const buttons = await page.evaluate(() => [...document.querySelector('botox-guide').shadowRoot.querySelectorAll('[part~=button]')].map((e) => e.getAttribute('part')));
  assert.ok(buttons.length >= 4 && buttons.every((p) => /^button (button-primary|button-secondary)$/.test(p)), buttons.join(' / '));
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('headings: every heading uses the heading tokens, and each level is smaller than the one above it', async () => {
  const { page, context } = await openPage(env, '/');
  await widgetsReady(page);
  await page.evaluate(() => {
    const el = document.querySelector('botox-guide');
    el.style.setProperty('--botox-guide-heading-font-family', 'Georgia, serif');
    el.style.setProperty('--botox-guide-heading-weight', '600');
    el.style.setProperty('--botox-guide-color-heading', '#5a1a4a');
    el.style.setProperty('--botox-guide-font-size', '17px');
  });
  const problems = [];
  let count = 0;
  for (const tab of ['about', 'wrinkles', 'risks', 'migraine', 'choosing', 'aftercare']) {
    await page.locator(`botox-guide [data-tab=${tab}]`).click();
    if (tab === 'aftercare') await page.locator('botox-guide #bg-treated-at').fill('2026-12-01T10:00');
    for (const d of await page.locator(`botox-guide #bg-panel-${tab} .disclosure[aria-expanded=false]`).all()) await d.click();
    const found = await page.evaluate(() => {
      const r = document.querySelector('botox-guide').shadowRoot;
      const title = r.querySelector('.title');
      const out = [];
      // Each heading in the panel and the safety box against its parent in the outline: the
      // nearest heading before it, in the same box, of a higher level (else the title).
      for (const box of [r.querySelector('.panel:not([hidden])'), r.querySelector('.safety')]) {
        const hs = [...box.querySelectorAll('h2, h3, h4, h5, h6')].filter((h) => h.offsetParent !== null && !h.closest('.step-past'));
        hs.forEach((h, i) => {
          const level = Number(h.tagName[1]);
          const parent = hs.slice(0, i).reverse().find((p) => Number(p.tagName[1]) < level) ?? title;
          const cs = getComputedStyle(h);
          out.push({ text: h.textContent.slice(0, 40), level, size: parseFloat(cs.fontSize), parentSize: parseFloat(getComputedStyle(parent).fontSize), parent: parent.textContent.slice(0, 30), family: cs.fontFamily, weight: cs.fontWeight, color: cs.color, urgent: !!h.closest('.urgent, .callout-urgent, .safety') });
        });
      }
      return out;
    });
    count += found.length;
    for (const h of found) {
      if (!(h.size < h.parentSize)) problems.push(`${tab}: "${h.text}" (h${h.level}, ${h.size}px) is not smaller than "${h.parent}" (${h.parentSize}px)`);
      if (!/Georgia/.test(h.family)) problems.push(`${tab}: "${h.text}" font ${h.family}`);
      if (h.weight !== '600') problems.push(`${tab}: "${h.text}" weight ${h.weight}`);
      if (!h.urgent && JSON.stringify(srgb(h.color)) !== JSON.stringify(hex('#5a1a4a'))) problems.push(`${tab}: "${h.text}" colour ${h.color}`);
    }
  }
  assert.ok(count > 40, `${count} headings checked`);
  assert.deepEqual(problems, []);
  const title = await page.locator('botox-guide .title').evaluate((e) => [getComputedStyle(e).fontFamily, getComputedStyle(e).fontSize]);
  assert.match(title[0], /Georgia/);
  await context.close();
});

test('lines and indicators: border width, callout bar and tab underline follow their tokens, and a part rule can redraw the underline', async () => {
  const { page, context } = await openPage(env, '/');
  await widgetsReady(page);
  await page.addStyleTag({ content: 'botox-guide { --botox-guide-border-width: 2px; --botox-guide-callout-bar-width: 10px; --botox-guide-tab-indicator-width: 5px; --botox-guide-tab-indicator: #7a1f5c; }' });
  const read = () => page.evaluate(() => {
    const r = document.querySelector('botox-guide').shadowRoot;
    const cs = (s) => getComputedStyle(r.querySelector(s));
    return {
      frame: cs('.root').borderTopWidth, card: cs('.tab:not([aria-selected=true])').borderTopWidth,
      callout: cs('.callout').borderInlineStartWidth, urgent: cs('#bg-panel-risks .urgent').borderInlineStartWidth,
      underline: [cs('[aria-selected=true]').borderBottomWidth, cs('[aria-selected=true]').borderBottomColor, cs('[aria-selected=true]').borderBottomStyle],
    };
  });
  await page.locator('botox-guide [data-tab=risks]').click();
  const tokens = await read();
  tokens.underline[1] = srgb(tokens.underline[1]);
  assert.deepEqual(tokens, { frame: '2px', card: '2px', callout: '10px', urgent: '12px', underline: ['5px', hex('#7a1f5c'), 'solid'] });
  await page.addStyleTag({ content: 'botox-guide::part(tab-active) { border-bottom: 4px double rgb(10, 20, 30); }' });
  const redrawn = (await read()).underline;
  assert.deepEqual([redrawn[0], srgb(redrawn[1]), redrawn[2]], ['4px', [10, 20, 30], 'double'], 'the designer\'s own underline replaces it');
  await context.close();
});

test('used colours: a part rule with --botox-guide-used-color-accent gets the readable colour in each scheme; a value set from outside is ignored', async () => {
  const { page, context } = await openPage(env, '/hosts/dynamic.html');
  await page.addStyleTag({ content: 'botox-guide { --botox-guide-color-accent: #5a1a4a; --botox-guide-used-color-accent: red; } botox-guide::part(title) { color: var(--botox-guide-used-color-accent); }' });
  await page.evaluate(() => { addElement('light', { theme: 'light' }); addElement('dark', { theme: 'dark' }); });
  await widgetsReady(page, 2);
  const colours = await page.evaluate(() => ['light', 'dark'].map((id) => {
    const r = document.getElementById(id).shadowRoot;
    return [getComputedStyle(r.querySelector('.title')).color, getComputedStyle(r.querySelector('[aria-selected=true]')).color, getComputedStyle(r.querySelector('.root')).backgroundColor];
  }));
  const [[lightTitle, lightTab], [darkTitle, darkTab, darkSurface]] = colours;
  assert.deepEqual(srgb(lightTitle), hex('#5a1a4a'), 'readable in light as it is: used exactly');
  assert.deepEqual(srgb(darkTitle), srgb(darkTab), 'dark: the same adjusted colour the widget uses for its own accent');
  assert.notDeepEqual(srgb(darkTitle), hex('#5a1a4a'));
  assert.ok(contrast(darkTitle, darkSurface) >= 4.5, `${darkTitle} on ${darkSurface}`);
  assert.deepEqual(srgb(lightTab), srgb(lightTitle));
  await context.close();
});

test('playground: full labels, followers show the accent, a control for every token family, and the CSS carried to the snippet builder', async () => {
  const { page, log, context } = await openPage(env, '/playground.html');
  await widgetsReady(page, 2);
  const labels = await page.locator('#colours label').allTextContents();
  assert.equal(new Set(labels).size, labels.length, `every colour has its own label: ${labels.join(' / ')}`);
  assert.ok(labels.some((l) => /with placebo injections/.test(l)), 'the whole meaning, not a tooltip');
  await page.locator('#token-color-accent').fill('#5a1a4a');
  assert.equal(await page.locator('#token-icon-filled').inputValue(), '#5a1a4a', 'the Botox icons follow the accent, and so does their swatch');
  // A control for each non-colour token, from the generated table.
  const tokens = await page.evaluate(() => window.BOTOX_GUIDE_TOKENS.filter((t) => !t.colour).map((t) => t.name));
  for (const name of tokens) assert.equal(await page.locator(`#token-${name}`).count(), 1, `a control for ${name}`);
  for (const family of ['Type', 'Spacing', 'Shape', 'Width', 'Shadow']) assert.equal(await page.locator(`#family-${family}`).count(), 1, family);
  await page.locator('#token-heading-font-family').selectOption({ label: 'Georgia (serif)' });
  await page.locator('#token-space').fill('12');
  await page.locator('#scheme').selectOption('light');
  const heading = await page.locator('#preview-light .panel-heading').first().evaluate((e) => getComputedStyle(e).fontFamily);
  assert.match(heading, /Georgia/);
  const css = await page.locator('#css').innerText();
  assert.match(css, /--botox-guide-heading-font-family: Georgia, serif;/);
  assert.match(css, /--botox-guide-space: 12px;/);
  assert.match(css, /--botox-guide-scheme: light;/);
  // To the builder, with the CSS.
  await page.locator('#to-builder').click();
  await page.waitForURL(/builder\.html#theme=/);
  await page.locator('#preview-guide .root:not([data-shell])').waitFor();
  assert.equal(await page.locator('#theme').inputValue(), css);
  const tab = await page.locator('#preview-guide [role=tab][aria-selected=true]').evaluate((e) => getComputedStyle(e).color);
  assert.deepEqual(srgb(tab), hex('#5a1a4a'), 'the preview wears the theme');
  const oneLine = await page.locator('#snippet-html-cdn').textContent();
  assert.ok(oneLine.startsWith(`<style>\n${css}\n</style>\n<script`), oneLine.slice(0, 200));
  await page.waitForFunction(() => /style-src '[^']+' '[^']+'/.test(document.getElementById('snippet-html-page').textContent));
  const recommended = await page.locator('#snippet-html-page').textContent();
  assert.ok(recommended.startsWith(`<style>\n${css}\n</style>\n<botox-guide`), recommended.slice(0, 200));
  // Anything but the guide's own properties is left out.
  await page.locator('#theme').fill('botox-guide { --botox-guide-radius: 2px; } body { display: none } </style><script>alert(1)</script>');
  assert.equal(await page.locator('#snippet-html-cdn').textContent().then((t) => t.split('</style>')[0]), '<style>\nbotox-guide, [data-botox-guide] {\n  --botox-guide-radius: 2px;\n}\n');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the colour tokens are registered with the document once per page, only the guide\'s own names; a designer value that is not a colour falls back readable', async () => {
  const { page, context } = await openPage(env, '/hosts/dynamic.html');
  await page.addStyleTag({ content: '#bad { --botox-guide-color-text: not-a-colour; --botox-guide-color-accent: 12px; }' });
  await page.evaluate(() => { addElement('good', {}); addElement('bad', {}); });
  await widgetsReady(page, 2);
  const r = await page.evaluate(() => {
    const sheets = document.adoptedStyleSheets.filter((s) => Array.from(s.cssRules).some((x) => x instanceof CSSPropertyRule));
    const names = sheets.flatMap((s) => Array.from(s.cssRules).map((x) => (x instanceof CSSPropertyRule ? x.name : x.cssText)));
    const look = (id) => {
      const root = document.getElementById(id).shadowRoot;
      const p = root.querySelector('.panel:not([hidden]) p');
      return { used: getComputedStyle(root.querySelector('.root')).getPropertyValue('--botox-guide-used-color-accent'), text: getComputedStyle(p).color, surface: getComputedStyle(root.querySelector('.root')).backgroundColor, tab: getComputedStyle(root.querySelector('[aria-selected=true]')).color };
    };
    return { sheets: sheets.length, names, good: look('good'), bad: look('bad') };
  });
  assert.equal(r.sheets, 1, 'one sheet of registrations for two guides');
  assert.ok(r.names.length >= 10 && r.names.every((n) => /^--botox-guide-used-[a-z-]+$/.test(n)), r.names.join(' '));
  assert.match(r.good.used, /^(rgb|color)\(/, 'worked out once, on the frame, as a colour');
  assert.ok(contrast(r.bad.text, r.bad.surface) >= 4.5, `text ${r.bad.text} on ${r.bad.surface}`);
  assert.ok(contrast(r.bad.tab, r.bad.surface) >= 4.5, `accent ${r.bad.tab} on ${r.bad.surface}`);
  await context.close();
});
