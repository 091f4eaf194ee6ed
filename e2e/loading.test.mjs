// When the wasm loads (docs/decisions.md, "When the wasm loads"), and the take-over keeping
// everything the visitor did in the shell.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, widgetsReady, holdWasm, zoneInstant, NOW } from './helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

test('the take-over keeps what the visitor did in the shell: tab, typed date, treatment chosen, ticks and focus', async () => {
  const { page, log, context } = await openPage(env, '/hosts/plain.html');
  await page.evaluate(() => localStorage.clear());
  const release = await holdWasm(context);
  await page.reload();
  await page.locator('botox-guide .root[data-shell]').waitFor();
  await page.locator('botox-guide [data-tab=aftercare]').click();
  await page.locator('botox-guide input[name=bg-treatment-aftercare][value=migraine]').check();
  await page.locator('botox-guide input[data-item=tell-health]').check();
  await page.locator('botox-guide #bg-treated-at').fill('2026-11-24T15:00');
  assert.equal(await page.locator('botox-guide .root[data-shell]').count(), 1, 'all of it in the shell, before the wasm');
  release();
  await widgetsReady(page);
  // The live widget has the visitor's tab, date (and so real dates), treatment, tick and focus.
  await page.locator('botox-guide [data-step=next-migraine] .when').waitFor();
  const live = await page.evaluate(() => {
    const root = document.querySelector('botox-guide').shadowRoot;
    return {
      tab: root.querySelector('[role=tab][aria-selected=true]').dataset.tab,
      date: root.getElementById('bg-treated-at').value,
      treatment: root.querySelector('input[name=bg-treatment-aftercare]:checked').value,
      ticked: root.querySelector('input[data-item=tell-health]').checked,
      focus: root.activeElement && root.activeElement.id,
      saved: JSON.parse(localStorage.getItem('botox-guide:v1:plain-clinic')),
    };
  });
  assert.deepEqual(live, {
    tab: 'aftercare', date: '2026-11-24T15:00', treatment: 'migraine', ticked: true, focus: 'bg-treated-at',
    saved: { version: 1, treated_at: '2026-11-24T15:00', ticks: ['tell-health'] },
  });
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the wasm waits for the host page to finish loading, and comes at once when the visitor touches the widget', async () => {
  const context = await env.browser.newContext();
  // A host page whose own loading does not end (an image that never arrives).
  let stalled = 0;
  await context.route('**/slow.png', () => { stalled++; });
  const page = await context.newPage();
  // The page's timers are Playwright's: `runFor` fires every timer and idle callback due in
  // the next 10 seconds at once, without waiting for them.
  await page.clock.install({ time: zoneInstant(NOW) });
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(env.url + '/hosts/slow-load.html', { waitUntil: 'domcontentloaded' });
  await page.locator('botox-guide .root[data-shell]').waitFor();
  await page.clock.runFor(10000);
  assert.equal(await page.evaluate(() => document.readyState), 'interactive', 'the host page is still loading');
  assert.ok(!requests.some((u) => u.endsWith('.wasm')), 'no wasm while the host page loads');
  await page.locator('botox-guide [data-tab=risks]').click();
  await widgetsReady(page);
  assert.ok(requests.some((u) => u.endsWith('.wasm')), 'the first touch brought it');
  // The tab touched in the shell is selected again once the live widget has rendered.
  await page.locator('botox-guide .root:not([data-shell]) [data-tab=risks][aria-selected=true]').waitFor({ timeout: 5000 });
  assert.ok(stalled >= 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('loaded as a module (no document.currentScript) from another folder: the loader still finds its own files and goes live', async () => {
  const { page, log } = await openPage(env, '/hosts/module.html');
  const failed = [];
  page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
  await page.reload();
  await page.locator('botox-guide .root').waitFor();
  await page.locator('botox-guide [data-tab=risks]').focus(); // a touch loads the wasm at once
  await widgetsReady(page);
  const tab = await page.evaluate(() => document.querySelector('botox-guide').shadowRoot.querySelector('[role=tab][aria-selected=true]').dataset.tab);
  assert.equal(tab, 'risks');
  const paths = log.requests.map((u) => new URL(u).pathname);
  assert.ok(paths.includes('/botox-guide_bg.wasm') && paths.includes('/botox-guide.js'), `next to embed.js: ${paths}`);
  assert.ok(!paths.some((p) => p.startsWith('/hosts/botox-guide')), `never next to the page: ${paths}`);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(failed, []);
  // (The first load's favicon.ico 404 is the browser's own console line; `failed` covers ours.)
  assert.deepEqual(log.console.filter((m) => (m.type === 'warning' || m.type === 'error') && !m.text.startsWith('Failed to load resource')), []);
});
