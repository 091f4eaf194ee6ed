// Shared helpers for the end-to-end tests: serve dist/, launch Debian's Chromium.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { serve } from './serve.mjs';

export const OUT = 'test-results';
mkdirSync(OUT, { recursive: true });

export async function start() {
  const server = await serve('dist', 0);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    url: server.url,
    browser,
    async close() { await browser.close(); await server.close(); },
  };
}

/** A page that records console messages, page errors and every request's URL. */
export async function openPage(env, path, options = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 900 }, ...options });
  const page = await context.newPage();
  const log = { console: [], errors: [], requests: [] };
  page.on('console', (m) => log.console.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('request', (r) => log.requests.push(r.url()));
  await page.goto(env.url + path);
  return { page, log, context };
}

/** Hold every .wasm request of `context` until the returned function is called. */
export async function holdWasm(context) {
  let release;
  const gate = new Promise((r) => { release = r; });
  await context.route(/\.wasm$/, async (route) => { await gate; await route.continue(); });
  return release;
}

/** Wait until `count` widgets on the page are live (rendered by the wasm, not the shell). */
export async function widgetsReady(page, count = 1) {
  await page.waitForFunction((n) => {
    const hosts = [...document.querySelectorAll('botox-guide, [data-botox-guide]')];
    return hosts.filter((h) => h.shadowRoot && h.shadowRoot.querySelector('.root:not([data-shell]) [role=tablist]')).length >= n;
  }, count);
}

/** Run axe-core (WCAG 2.1 A/AA rules) inside every widget's shadow root; returns violations. */
export async function axeScan(page) {
  if (!(await page.evaluate(() => !!window.axe))) {
    await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  }
  return page.evaluate(async () => {
    const results = await axe.run(
      { include: [{ fromShadowDom: ['botox-guide'] }] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } },
    );
    return results.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  });
}
