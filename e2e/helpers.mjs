// Shared helpers for the end-to-end tests: serve dist/, launch Debian's Chromium.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { serve } from './serve.mjs';

export const OUT = 'test-results';
mkdirSync(OUT, { recursive: true });

/** What `tsc -p <project>` prints: '' when the project type-checks. */
export function tscErrors(project) {
  try {
    execFileSync(resolve('node_modules/.bin/tsc'), ['-p', project], { encoding: 'utf8' });
    return '';
  } catch (e) {
    return String(e.stdout || e.message);
  }
}

export async function start({ answer } = {}) {
  // Served as a CDN would (compressed, CORS), but revalidated on every load: tests reload
  // pages and re-route requests between loads.
  const server = await serve('dist', 0, { cache: 'no-cache', answer });
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

/** The wall-clock "now" of every test page, in the page's own zone: no test reads the
 *  machine's clock. A Thursday morning in December, with no daylight-saving change near. */
export const NOW = '2026-12-03T10:00';

/** The machine's zone (Chromium follows TZ), used when a test does not set `timezoneId`. */
export const MACHINE_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Milliseconds that wall clocks in `timeZone` are ahead of UTC at `instant`. */
function offsetMs(instant, timeZone) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
  }).formatToParts(instant);
  const get = (type) => Number(parts.find((p) => p.type === type).value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - instant;
}

/** The instant (ms since the epoch) of a wall-clock time `YYYY-MM-DDTHH:MM` in `timeZone`. */
export function zoneInstant(wall, timeZone = MACHINE_ZONE) {
  const [y, m, d, h, min] = wall.split(/[-T:]/).map(Number);
  const naive = Date.UTC(y, m - 1, d, h, min);
  const first = naive - offsetMs(naive, timeZone);
  return naive - offsetMs(first, timeZone);
}

/** A page that records console messages, page errors and every request's URL. Its clock is
 *  fixed at `clock` (default NOW) in its zone (`timezoneId`, default the machine's); its
 *  language is `locale` (default en-US). */
export async function openPage(env, path, options = {}) {
  const { clock = NOW, ...contextOptions } = options;
  // The browser's language is fixed too (dates follow the visitor's convention): en-US
  // unless a test picks another.
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 900 }, locale: 'en-US', ...contextOptions });
  const page = await context.newPage();
  await page.clock.setFixedTime(zoneInstant(clock, contextOptions.timezoneId || MACHINE_ZONE));
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

/** Two animation frames of the page: whatever the widget does in response to what came
 *  before (microtasks, a frame's updates) has run. A point in the page's event loop, not a
 *  length of time. */
export async function frames(page, n = 2) {
  await page.evaluate((n) => new Promise((done) => {
    const next = (left) => (left ? requestAnimationFrame(() => next(left - 1)) : done());
    next(n);
  }), n);
}

/** Until every live widget on the page has rendered all its panels (the hidden ones render
 *  in the background after the first paint), then two frames. */
export async function allPanelsRendered(page) {
  await page.waitForFunction(() => [...document.querySelectorAll('botox-guide, [data-botox-guide]')].every((h) => {
    const root = h.shadowRoot && h.shadowRoot.querySelector('.root:not([data-shell])');
    return root && [...root.querySelectorAll('[role=tabpanel]')].every((p) => p.childElementCount > 0);
  }));
  await frames(page);
}

/** Until the page's idle callbacks queued so far have run (the loader fetches the wasm in
 *  one after the page's load event). */
export async function idleCallbacksRun(page) {
  await page.evaluate(() => new Promise((done) => requestIdleCallback(() => requestIdleCallback(done), { timeout: 5000 })));
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

/** An sRGB channel (0–255) in linear light (0–1), and back (rounded, clamped). */
export const toLinear = (c) => { c /= 255; return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
export const encode = (c) => {
  const v = c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055;
  return Math.round(Math.min(1, Math.max(0, v)) * 255);
};

/** A computed CSS colour (`rgb(…)`, `rgba(…)`, `color(srgb-linear …)` or, as the derived
 *  colours compute, `color(xyz-d65 …)`) as [r, g, b] in sRGB 0–255 (rounded), for comparing
 *  with a clinic's hex colour. */
export function srgb(css) {
  const lin = /^color\(srgb-linear ([-\d.e]+) ([-\d.e]+) ([-\d.e]+)/.exec(css);
  if (lin) return lin.slice(1, 4).map(Number).map(encode);
  const xyz = /^color\(xyz-d65 ([-\d.e]+) ([-\d.e]+) ([-\d.e]+)/.exec(css);
  if (xyz) {
    // CSS Color 4's XYZ (D65) to linear-light sRGB matrix.
    const [x, y, z] = xyz.slice(1, 4).map(Number);
    return [
      3.2409699419045226 * x - 1.537383177570094 * y - 0.4986107602930034 * z,
      -0.9692436362808796 * x + 1.8759675015077202 * y + 0.04155505740717559 * z,
      0.05563007969699366 * x - 0.20397695888897652 * y + 1.0569715142428786 * z,
    ].map(encode);
  }
  const rgb = /^rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)/.exec(css);
  if (!rgb) throw new Error(`not a colour I can read: ${css}`);
  return rgb.slice(1, 4).map(Number);
}

/** `#rrggbb` as [r, g, b]. */
export const hex = (h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));

/** WCAG relative luminance of [r, g, b] (0–255). */
export function luminance([r, g, b]) {
  return 0.2126 * toLinear(r) + 0.7152 * toLinear(g) + 0.0722 * toLinear(b);
}

/** WCAG contrast ratio of two computed CSS colours. */
export function contrast(a, b) {
  const [la, lb] = [luminance(srgb(a)), luminance(srgb(b))];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
