// Two brands as a designer would make them, with only the README's tokens and parts (issue
// 33): a luxury clinic (cream, plum, serif headings, square corners, thin lines) and a
// headache centre (a dark site, teal, sans-serif, 12 px corners, compact). Each in both
// schemes: no contrast failure on any tab (axe), the brand's heading font on every heading,
// and the guide compared with a stored screenshot (SSIM), so a change that breaks a brand
// is seen. `UPDATE_SCREENSHOTS=1` stores new ones after a deliberate change.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import jpeg from 'jpeg-js';
import ssim from 'image-ssim';
import { start, openPage, widgetsReady, OUT } from './helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

const TABS = ['about', 'wrinkles', 'risks', 'migraine', 'choosing', 'aftercare'];
const BRANDS = [
  { page: 'luxury', heading: /Georgia|Palatino|serif/, own: 'light' },
  { page: 'headache', heading: /DejaVu Sans|Verdana/, own: 'dark' },
];

for (const brand of BRANDS) {
  for (const scheme of ['light', 'dark']) {
    test(`brand page "${brand.page}" in ${scheme}${scheme === brand.own ? ' (its own)' : ' (forced with --botox-guide-scheme)'}: readable on every tab, its heading font, and as stored`, async () => {
      const { page, log, context } = await openPage(env, `/hosts/${brand.page}.html`, { viewport: { width: 1100, height: 900 } });
      if (scheme !== brand.own) await page.addStyleTag({ content: `botox-guide { --botox-guide-scheme: ${scheme}; }` });
      await widgetsReady(page);
      const root = page.locator('botox-guide .root');
      await page.waitForFunction((s) => getComputedStyle(document.querySelector('botox-guide').shadowRoot.querySelector('.root')).colorScheme.includes(s), scheme);
      if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
      const failures = [];
      for (const tab of TABS) {
        await page.locator(`botox-guide [data-tab=${tab}]`).click();
        const fonts = await page.evaluate(() => [...document.querySelector('botox-guide').shadowRoot.querySelectorAll('.panel:not([hidden]) :is(h3, h4, h5, h6)')].filter((h) => h.offsetParent).map((h) => getComputedStyle(h).fontFamily));
        for (const f of fonts) if (!brand.heading.test(f)) failures.push(`${tab}: heading font ${f}`);
        const contrast = await page.evaluate(async () => (await axe.run({ include: [{ fromShadowDom: ['botox-guide'] }] }, { runOnly: ['color-contrast'] })).violations.flatMap((v) => v.nodes.map((n) => n.failureSummary.split('\n').pop().trim())));
        failures.push(...contrast.map((c) => `${tab}: ${c}`));
      }
      assert.deepEqual(failures, []);
      // The first view, as stored.
      await page.locator(`botox-guide [data-tab=${brand.page === 'headache' ? 'migraine' : 'about'}]`).click();
      await page.evaluate(() => Promise.all(document.querySelector('botox-guide').shadowRoot.getAnimations().map((a) => a.finished)));
      // The top of the guide (title, tabs, the first screen of the panel): enough to see a
      // brand, small enough to keep in the repository.
      const box = await root.boundingBox();
      const shot = await page.screenshot({ type: 'jpeg', quality: 80, animations: 'disabled', fullPage: true, clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 800) } });
      const name = `${brand.page}-${scheme}.jpg`;
      writeFileSync(`${OUT}/brand-${name}`, shot);
      const stored = `e2e/screenshots/${name}`;
      if (process.env.UPDATE_SCREENSHOTS || !existsSync(stored)) {
        assert.ok(!process.env.CI, `${stored} is missing: run the test with UPDATE_SCREENSHOTS=1 and commit it`);
        writeFileSync(stored, shot);
      }
      const [a, b] = [jpeg.decode(readFileSync(stored)), jpeg.decode(shot)];
      assert.deepEqual([b.width, b.height], [a.width, a.height], `same size as ${stored} (test-results/brand-${name} is the new one)`);
      const { ssim: similarity } = ssim.compare({ ...a, channels: 4 }, { ...b, channels: 4 });
      assert.ok(similarity >= 0.98, `looks as stored: SSIM ${similarity.toFixed(4)} (compare test-results/brand-${name} with ${stored})`);
      assert.deepEqual(log.errors, []);
      await context.close();
    });
  }
}
