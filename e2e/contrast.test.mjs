// A clinic's brand colours stay readable in light and in dark: for a table of brand accents
// (very dark, very light, saturated) and one clashing palette, set on a host page as a
// clinic would, axe finds no colour-contrast problem on any tab in either scheme, and the
// non-text parts (tab marker, focus ring, icon discs and rings, button borders) reach 3:1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, widgetsReady, contrast, OUT } from './helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

const TABS = ['about', 'wrinkles', 'risks', 'migraine', 'choosing', 'aftercare'];

async function axeContrast(page) {
  if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  return page.evaluate(async () => {
    const r = await axe.run({ include: [{ fromShadowDom: ['botox-guide'] }] }, { runOnly: { type: 'rule', values: ['color-contrast'] } });
    return r.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.any.map((a) => a.message).join(' ')}`)).slice(0, 10);
  });
}

test('brand accents and a clashing palette: no contrast failure on any tab, light or dark', async () => {
  const { page, log, context } = await openPage(env, '/hosts/brands.html', { viewport: { width: 1600, height: 1200 } });
  await widgetsReady(page, 20);
  for (const tab of TABS) {
    await page.evaluate((t) => document.querySelectorAll('botox-guide').forEach((w) => w.shadowRoot.querySelector(`[data-tab=${t}]`).click()), tab);
    // Every widget shows that tab's panel, with its content, before axe looks.
    await page.waitForFunction((t) => [...document.querySelectorAll('botox-guide')].every((w) => {
      const panel = w.shadowRoot.querySelector(`#bg-panel-${t}`);
      return panel && !panel.hidden && panel.childElementCount > 0;
    }), tab);
    if (tab === 'aftercare') {
      // With a date, the timeline shows its "now" marker and badges too.
      await page.evaluate(() => document.querySelectorAll('botox-guide').forEach((w) => {
        const input = w.shadowRoot.querySelector('#bg-treated-at');
        input.value = '2026-12-03T08:00';
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }));
      await page.waitForFunction(() => [...document.querySelectorAll('botox-guide')].every((w) => w.shadowRoot.querySelector('[aria-current=step] .badge')));
    }
    assert.deepEqual(await axeContrast(page), [], `tab ${tab}`);
  }
  await page.screenshot({ path: `${OUT}/brand-colours.png`, fullPage: true });
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('brand accents: tab marker, focus ring, icon discs and rings, and button borders reach 3:1 in both schemes', async () => {
  const { page, context } = await openPage(env, '/hosts/brands.html', { viewport: { width: 1600, height: 1200 } });
  await widgetsReady(page, 20);
  await page.evaluate(() => document.querySelectorAll('botox-guide').forEach((w) => w.shadowRoot.querySelector('[data-tab=risks]').click()));
  // Colours are read once the tabs' background transitions have ended.
  await page.evaluate(() => Promise.all([...document.querySelectorAll('botox-guide')].flatMap((w) => w.shadowRoot.getAnimations().map((a) => a.finished))));
  const pairs = await page.evaluate(() => [...document.querySelectorAll('botox-guide')].flatMap((w) => {
    const r = w.shadowRoot;
    const cs = (el) => getComputedStyle(el);
    const root = r.querySelector('.root');
    // The background actually behind an element: the first ancestor that paints one.
    const behind = (el) => {
      for (let e = el; e; e = e.parentElement) {
        const c = cs(e).backgroundColor;
        if (!/\/ 0\)$|^transparent$|^rgba\(0, 0, 0, 0\)$/.test(c)) return c;
      }
      return cs(root).backgroundColor;
    };
    // A token's colour as used (light-dark() resolved for this widget's scheme).
    const token = (name) => {
      const probe = document.createElement('span');
      probe.style.color = `var(--botox-guide-used-${name})`;
      root.appendChild(probe);
      const c = cs(probe).color;
      probe.remove();
      return c;
    };
    const tab = r.querySelector('[role=tab][aria-selected=true]');
    const card = r.querySelector('.risk-card');
    const on = r.querySelector('.icon-array:not(.placebo) .on');
    const placebo = r.querySelector('.icon-array.placebo .on');
    const off = r.querySelector('.icon-array .off');
    const button = r.querySelector('.clinic-card .button:not(.button-primary)');
    const id = w.id;
    return [
      [id, 'tab marker', cs(tab).borderBottomColor, behind(tab)],
      [id, 'focus ring on the background', token('color-focus'), behind(root)],
      [id, 'focus ring on the tab bar', token('color-focus'), behind(r.querySelector('.tablist'))],
      [id, 'Botox icon discs', cs(on).fill, behind(card)],
      [id, 'placebo icon discs', cs(placebo).fill, behind(card)],
      [id, 'icon rings', cs(off).stroke, behind(card)],
      [id, 'button border', cs(button).borderTopColor, behind(button)],
    ];
  }));
  assert.equal(pairs.length, 20 * 7);
  const failing = pairs.filter(([, , fg, bg]) => contrast(fg, bg) < 3).map(([id, what, fg, bg]) => `${id} ${what}: ${contrast(fg, bg).toFixed(2)} (${fg} on ${bg})`);
  assert.deepEqual(failing, []);
  await context.close();
});

test('the demo clinic page in dark mode: axe finds no violation on any tab', async () => {
  const { page, log, context } = await openPage(env, '/', { colorScheme: 'dark' });
  await widgetsReady(page);
  if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  for (const tab of TABS) {
    await page.locator(`botox-guide [data-tab=${tab}]`).click();
    const violations = await page.evaluate(async () => (await axe.run({ include: [{ fromShadowDom: ['botox-guide'] }] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3)}`));
    assert.deepEqual(violations, [], `tab ${tab}`);
  }
  assert.deepEqual(log.errors, []);
  await context.close();
});
