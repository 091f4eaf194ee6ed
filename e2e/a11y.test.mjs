// WCAG 2.1 AA checks in a real browser: axe on every tab in light and dark, keyboard-only
// use, narrow screens and large text, reduced motion, forced colours, heading outline.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, widgetsReady, axeScan, OUT } from './helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

const TABS = ['about', 'wrinkles', 'risks', 'migraine', 'choosing', 'aftercare'];

for (const theme of ['light', 'dark']) {
  test(`axe finds no WCAG 2.1 AA violation on any tab (${theme})`, async () => {
    const { page, context } = await openPage(env, '/hosts/plain.html', { colorScheme: theme });
    await widgetsReady(page);
    await page.evaluate((t) => document.querySelector('botox-guide').setAttribute('theme', t), theme);
    for (const tab of TABS) {
      await page.locator(`botox-guide [data-tab=${tab}]`).click();
      if (tab === 'aftercare') await page.locator('botox-guide #bg-treated-at').fill('2026-11-24T15:00');
      if (tab === 'risks') await page.locator('botox-guide #bg-panel-risks input[value=migraine]').check();
      await page.locator(`botox-guide #bg-panel-${tab}:not([hidden])`).waitFor();
      const violations = await axeScan(page);
      assert.deepEqual(violations, [], `${tab} (${theme}): ${JSON.stringify(violations, null, 1)}`);
    }
    await page.locator('botox-guide [data-tab=risks]').click();
    await page.locator('botox-guide').screenshot({ path: `${OUT}/theme-${theme}.png` });
    await context.close();
  });
}

test('keyboard only: every control is reachable in order, shows focus, and focus leaves the widget', async () => {
  const { page, context } = await openPage(env, '/hosts/plain.html');
  await widgetsReady(page);
  await page.locator('botox-guide [data-tab=aftercare]').click();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  const seen = [];
  let left = false;
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const host = document.activeElement;
      if (!host || host.localName !== 'botox-guide') return { inside: false };
      const el = host.shadowRoot.activeElement;
      if (!el) return { inside: true, none: true };
      const cs = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return {
        inside: true,
        name: el.getAttribute('data-tab') || el.getAttribute('data-item') || el.id || el.textContent.trim().slice(0, 30) || el.localName,
        tag: el.localName,
        top: r.top + window.scrollY,
        // Chrome's date picker button lives in the input's own UA shadow tree and draws its
        // own ring; the input itself is then not :focus.
        outline: !el.matches(':focus') || (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2),
      };
    });
    if (!info.inside) { if (seen.length) { left = true; break; } else continue; }
    seen.push(info);
  }
  assert.ok(left, 'Tab eventually leaves the widget (no keyboard trap)');
  const names = seen.map((s) => s.name);
  assert.equal(names[0], 'aftercare', 'roving tabindex: only the selected tab is in the Tab order');
  for (const expected of ['bg-panel-aftercare', 'bg-treated-at', 'tell-medicines', 'no-rubbing']) {
    assert.ok(names.includes(expected), `${expected} reachable: ${names.join(', ')}`);
  }
  assert.ok(seen.every((s) => s.outline), `every focused control shows a focus ring: ${JSON.stringify(seen.filter((s) => !s.outline))}`);
  const checkboxes = seen.filter((s) => s.tag === 'input' && s.name !== 'bg-treated-at');
  assert.ok(checkboxes.every((s, i) => i === 0 || s.top >= checkboxes[i - 1].top), 'checklist in reading order');
  await context.close();
});

test('320 px wide: no horizontal scroll on any tab; 200% text: nothing overflows the widget but the tab row, which scrolls inside it', async () => {
  const { page, context } = await openPage(env, '/', { viewport: { width: 320, height: 640 } });
  await widgetsReady(page);
  for (const size of ['16px', '32px']) {
    await page.evaluate((s) => document.querySelector('botox-guide').style.setProperty('--botox-guide-font-size', s), size);
    for (const tab of TABS) {
      await page.locator(`botox-guide [data-tab=${tab}]`).click();
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const overflow = await page.evaluate(() => {
        const doc = document.documentElement.scrollWidth - document.documentElement.clientWidth;
        const root = document.querySelector('botox-guide').shadowRoot.querySelector('.root');
        const right = root.getBoundingClientRect().right;
        const tablist = root.querySelector('[role=tablist]');
        // The tabs sit in one row that scrolls inside its own box; everything else must fit.
        const wide = [...root.querySelectorAll('*')].filter((e) => !tablist.contains(e) || e === tablist)
          .filter((e) => e.getBoundingClientRect().right > right + 1 && e.getClientRects().length)
          .map((e) => e.className || e.localName).slice(0, 5);
        const selected = tablist.querySelector('[aria-selected=true]').getBoundingClientRect();
        const box = tablist.getBoundingClientRect();
        const selectedInView = selected.left >= box.left - 1 && selected.right <= box.right + 1;
        return { doc, wide, selectedInView };
      });
      assert.deepEqual(overflow, { doc: 0, wide: [], selectedInView: true }, `${tab} at ${size}`);
    }
    await page.screenshot({ path: `${OUT}/narrow-${size}.png`, fullPage: true });
  }
  await context.close();
});

test('reduced motion: no transitions or animations', async () => {
  const { page, context } = await openPage(env, '/hosts/plain.html', { reducedMotion: 'reduce' });
  await widgetsReady(page);
  const durations = await page.evaluate(() => [...document.querySelector('botox-guide').shadowRoot.querySelectorAll('*')]
    .map((e) => getComputedStyle(e)).filter((s) => parseFloat(s.transitionDuration) > 0 || s.animationName !== 'none').length);
  assert.equal(durations, 0);
  await context.close();
});

test('forced colours: selected tab, icon arrays and the current step stay distinguishable', async () => {
  const { page, context } = await openPage(env, '/hosts/plain.html', { forcedColors: 'active' });
  await widgetsReady(page);
  await page.locator('botox-guide [data-tab=risks]').click();
  // The icon arrays are in the tab's full detail.
  await page.locator('botox-guide #bg-panel-risks .disclosure').click();
  await page.locator('botox-guide .risk-explainer').waitFor();
  const tabs = await page.evaluate(() => [...document.querySelector('botox-guide').shadowRoot.querySelectorAll('[role=tab]')]
    .map((t) => getComputedStyle(t).borderTopWidth + ' ' + getComputedStyle(t).borderTopStyle));
  const selected = tabs[2];
  assert.ok(tabs.filter((t) => t === selected).length === 1, `selected tab differs: ${tabs}`);
  const paths = await page.evaluate(() => {
    const svg = document.querySelector('botox-guide').shadowRoot.querySelector('.icon-array svg');
    const on = getComputedStyle(svg.querySelector('.on')), off = getComputedStyle(svg.querySelector('.off'));
    return { onFill: on.fill, offFill: off.fill, offStroke: off.stroke };
  });
  assert.notEqual(paths.onFill, paths.offFill, 'filled icons are solid, empty ones are rings');
  assert.equal(paths.offFill, 'none');
  await page.locator('botox-guide .risk-explainer').screenshot({ path: `${OUT}/forced-colors-risks.png` });
  await page.locator('botox-guide [data-tab=aftercare]').click();
  await page.locator('botox-guide #bg-treated-at').fill('2026-12-03T09:00'); // an hour before the page's fixed NOW
  const now = page.locator('botox-guide [aria-current=step]').first();
  await now.waitFor();
  const outline = await now.evaluate((e) => getComputedStyle(e).outlineStyle);
  assert.notEqual(outline, 'none', 'current step outlined in forced colours');
  await page.locator('botox-guide .timeline').screenshot({ path: `${OUT}/forced-colors-timeline.png` });
  await context.close();
});

test('headings form an outline without skipped levels on every tab', async () => {
  const { page, context } = await openPage(env, '/hosts/plain.html');
  await widgetsReady(page);
  for (const tab of TABS) {
    await page.locator(`botox-guide [data-tab=${tab}]`).click();
    const levels = await page.evaluate(() => [...document.querySelector('botox-guide').shadowRoot.querySelectorAll('h1,h2,h3,h4,h5,h6')]
      .filter((h) => h.getClientRects().length).map((h) => Number(h.localName[1])));
    assert.equal(levels[0], 2, 'the widget title is an h2 (the host page owns h1)');
    levels.forEach((l, i) => assert.ok(i === 0 || l <= levels[i - 1] + 1, `${tab}: h${levels[i - 1]} then h${l}`));
  }
  await context.close();
});
