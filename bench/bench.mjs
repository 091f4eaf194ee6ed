// The benchmark behind bench/run. Timings are medians over RUNS page loads (spread = min–max).
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { serve } from '../e2e/serve.mjs';

const RUNS = Number(process.env.RUNS || 5);
const DIST = 'dist';

// 1. Bytes ------------------------------------------------------------------------------
// What a first English load requests (embed.js carries the shell HTML and CSS inline; the
// budget test records this list from a real page load).
const WIDGET_FILES = ['embed.js', 'botox-guide.js', 'botox-guide_bg.wasm'];
const BASELINE_FILES = ['botox-guide-snippet.html', 'botox-guide.css', 'baseline-tabs.js'];
function sizes(files) {
  const rows = files.map((f) => {
    const b = readFileSync(`${DIST}/${f}`);
    return {
      file: f, raw: b.length, gzip: gzipSync(b, { level: 9 }).length,
      brotli: brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length,
    };
  });
  const total = rows.reduce((t, r) => ({ file: 'total', raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return [...rows, total];
}
export { sizes, WIDGET_FILES };

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const stat = (xs) => ({ median: +median(xs).toFixed(1), min: +Math.min(...xs).toFixed(1), max: +Math.max(...xs).toFixed(1) });

// Runs in the page before anything else: marks when the first panel's text is in a frame,
// when the live widget is ready, layout shifts and long tasks.
const PROBE = () => {
  window.__bench = { shifts: 0, longTasks: 0, longTaskMs: 0 };
  new PerformanceObserver((l) => l.getEntries().forEach((e) => { if (!e.hadRecentInput) __bench.shifts += e.value; })).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((l) => l.getEntries().forEach((e) => { __bench.longTasks++; __bench.longTaskMs += e.duration; })).observe({ type: 'longtask', buffered: true });
  document.addEventListener('botox-guide:ready', () => requestAnimationFrame(() => { __bench.live = performance.now(); }));
  const look = () => {
    const root = document.querySelector('botox-guide')?.shadowRoot;
    const p = root && root.querySelector('#bg-panel-about p');
    if (p && p.getClientRects().length && __bench.content === undefined) {
      requestAnimationFrame(() => { __bench.content = performance.now(); });
    }
    if (__bench.content === undefined) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
};

async function newPage(browser, throttle) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await cdp.send('Performance.enable');
  await page.addInitScript(PROBE);
  return { page, context, cdp };
}

async function load(browser, url, throttle, live) {
  const { page, context, cdp } = await newPage(browser, throttle);
  await page.goto(url);
  await page.waitForFunction(() => __bench.content !== undefined, null, { timeout: 60000 });
  // A pasted guide goes live at the visitor's first touch: focus its tab.
  if (live && url.includes('snippet')) await page.locator('botox-guide [role=tab][aria-selected=true]').focus();
  if (live) await page.waitForFunction(() => __bench.live !== undefined, null, { timeout: 60000 });
  await page.waitForTimeout(300);
  const b = await page.evaluate(() => __bench);
  const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const stats = live ? await page.evaluate(() => BotoxGuide.stats()) : { wasmMemoryBytes: 0 };
  return { b, page, context, heap: metrics.JSHeapUsedSize, wasm: stats.wasmMemoryBytes };
}

async function tabSwitch(page, tabs) {
  const times = [];
  for (const tab of tabs) {
    const button = page.locator(`botox-guide [data-tab=${tab}]`);
    await button.scrollIntoViewIfNeeded(); // the tab row scrolls sideways when it is narrow
    const box = await button.boundingBox();
    await page.evaluate((tab) => {
      const root = document.querySelector('botox-guide').shadowRoot;
      window.__switch = new Promise((done) => {
        root.addEventListener('click', (e) => {
          const t0 = e.timeStamp;
          const wait = () => {
            const panel = root.getElementById('bg-panel-' + tab);
            if (panel && !panel.hidden && panel.querySelector('h3')) requestAnimationFrame(() => done(performance.now() - t0));
            else requestAnimationFrame(wait);
          };
          wait();
        }, { once: true, capture: true });
      });
    }, tab);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    // A switch that never shows its panel stops the benchmark with its name, not a hang.
    times.push(await Promise.race([
      page.evaluate(() => window.__switch),
      new Promise((_, fail) => setTimeout(() => fail(new Error(`tab ${tab}: its panel did not show within 30 s`)), 30000)),
    ]));
  }
  return times;
}

async function measure(browser, base, throttle) {
  const r = { widget: { content: [], live: [], switch: [], shifts: [], longTasks: [], heap: [], wasm: [] }, baseline: { content: [], switch: [], shifts: [] }, snippet: { content: [], live: [], shifts: [] } };
  const tabs = ['risks', 'aftercare', 'migraine', 'wrinkles', 'choosing', 'about'];
  const byTab = { widget: {}, baseline: {} };
  const keep = (side, times) => times.forEach((x, i) => (byTab[side][tabs[i]] ||= []).push(x));
  for (let i = 0; i < RUNS; i++) {
    const w = await load(browser, `${base}/`, throttle, true);
    r.widget.content.push(w.b.content); r.widget.live.push(w.b.live); r.widget.shifts.push(w.b.shifts);
    r.widget.longTasks.push(w.b.longTasks); r.widget.heap.push(w.heap / 1024 / 1024); r.widget.wasm.push(w.wasm / 1024 / 1024);
    const ws = await tabSwitch(w.page, tabs);
    r.widget.switch.push(...ws); keep('widget', ws);
    await w.context.close();
    const sn = await load(browser, `${base}/hosts/snippet.html`, throttle, true);
    r.snippet.content.push(sn.b.content); r.snippet.live.push(sn.b.live); r.snippet.shifts.push(sn.b.shifts);
    await sn.context.close();
    const p = await load(browser, `${base}/baseline.html`, throttle, false);
    r.baseline.content.push(p.b.content); r.baseline.shifts.push(p.b.shifts);
    const bs = await tabSwitch(p.page, tabs);
    r.baseline.switch.push(...bs); keep('baseline', bs);
    await p.context.close();
  }
  // 20 instances on one page.
  const { page, context, cdp } = await newPage(browser, throttle);
  await page.goto(`${base}/hosts/dynamic.html`);
  await page.evaluate(() => { for (let i = 0; i < 20; i++) addElement('w' + i, { 'clinic-name': 'Clinic ' + i }); });
  // Live (the wasm's render, not the shell): the wasm comes after the page's load, in idle time.
  await page.waitForFunction(() => [...document.querySelectorAll('botox-guide')].every((e) => e.shadowRoot?.querySelector('.root:not([data-shell]) .clinic-card')), null, { timeout: 120000 });
  const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const s20 = await page.evaluate(() => BotoxGuide.stats());
  await context.close();
  const out = {};
  for (const side of ['widget', 'baseline', 'snippet']) {
    out[side] = Object.fromEntries(Object.entries(r[side]).map(([k, v]) => [k, stat(v)]));
  }
  out.byTab = Object.fromEntries(tabs.map((tab) => [tab, { widget: stat(byTab.widget[tab]), baseline: stat(byTab.baseline[tab]) }]));
  out.twenty = { heapMB: +(metrics.JSHeapUsedSize / 1024 / 1024).toFixed(1), wasmMB: +(s20.wasmMemoryBytes / 1024 / 1024).toFixed(1) };
  out.ratios = {
    content: +(out.widget.content.median / out.baseline.content.median).toFixed(2),
    live: +(out.widget.live.median / out.baseline.content.median).toFixed(2),
    switch: +(out.widget.switch.median / out.baseline.switch.median).toFixed(2),
  };
  return out;
}

// 7. Takeover: the shipped clean re-render vs Yew's hydration of the same shell --------------
// From the loader's mark before the wasm's mount() to the frame after `ready`, and how long
// mount() itself holds the main thread; each variant is also checked to work (one root, no
// duplicate DOM, tabs switch after the takeover).
async function takeover(browser, base, throttle) {
  const r = { mount: [], live: [] };
  let check = null;
  for (let i = 0; i < RUNS; i++) {
    const { page, context } = await newPage(browser, throttle);
    await page.addInitScript(() => {
      document.addEventListener('botox-guide:ready', () => requestAnimationFrame(() => setTimeout(() => { __bench.frame = performance.now(); })));
    });
    await page.goto(`${base}/hosts/plain.html`);
    await page.waitForFunction(() => __bench.frame !== undefined, null, { timeout: 60000 });
    const t = await page.evaluate(() => {
      const s = performance.getEntriesByName('botox-guide:mount-start')[0].startTime;
      const e = performance.getEntriesByName('botox-guide:mount-end')[0].startTime;
      return { mount: e - s, live: __bench.frame - s };
    });
    r.mount.push(t.mount); r.live.push(t.live);
    if (!check) {
      await page.locator('botox-guide [data-tab=risks]').click();
      await page.waitForTimeout(200);
      check = await page.evaluate(() => {
        const root = document.querySelector('botox-guide').shadowRoot;
        return root.querySelectorAll('.root').length === 1 && root.querySelectorAll('[role=tablist]').length === 1 &&
          !root.getElementById('bg-panel-risks').hidden && root.getElementById('bg-panel-about').hidden;
      });
      if (!check) throw new Error(`takeover broken in ${base}`);
    }
    await context.close();
  }
  return { mount: stat(r.mount), live: stat(r.live) };
}

const server = await serve(DIST, 0);
const HYDRATION = 'target/dist-hydration';
const hydrationServer = await serve(HYDRATION, 0);
const wasmBrotli = (dir) => brotliCompressSync(readFileSync(`${dir}/botox-guide_bg.wasm`), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const result = {
  date: new Date().toISOString(), runs: RUNS,
  bytes: { widget: sizes(WIDGET_FILES), baseline: sizes(BASELINE_FILES) },
  desktop: await measure(browser, server.url, 1),
  throttled4x: await measure(browser, server.url, 4),
  takeover: {
    wasmBrotli: { rerender: wasmBrotli(DIST), hydration: wasmBrotli(HYDRATION) },
    rerender: { desktop: await takeover(browser, server.url, 1), throttled4x: await takeover(browser, server.url, 4) },
    hydration: { desktop: await takeover(browser, hydrationServer.url, 1), throttled4x: await takeover(browser, hydrationServer.url, 4) },
  },
};
await browser.close();
await server.close();
await hydrationServer.close();

const kb = (n) => (n / 1024).toFixed(1);
const t = (s) => `${s.median} (${s.min}–${s.max})`;
const md = [];
md.push(`Benchmark ${result.date.slice(0, 10)}, ${RUNS} runs each, headless Chromium on 127.0.0.1; times in ms, median (min–max).`, '');
md.push('| Bytes (KB) | raw | gzip -9 | brotli -q 11 |', '|---|---|---|---|');
for (const r of result.bytes.widget) md.push(`| widget: ${r.file} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
const bt = result.bytes.baseline.at(-1);
md.push(`| baseline: same content as HTML + CSS + tab script | ${kb(bt.raw)} | ${kb(bt.gzip)} | ${kb(bt.brotli)} |`, '');
md.push('| Measure | desktop | 4× CPU throttle |', '|---|---|---|');
const d = result.desktop, m = result.throttled4x;
md.push(`| widget: first panel text painted (shell) | ${t(d.widget.content)} | ${t(m.widget.content)} |`);
md.push(`| widget: live (wasm rendered) | ${t(d.widget.live)} | ${t(m.widget.live)} |`);
md.push(`| baseline: first panel text painted | ${t(d.baseline.content)} | ${t(m.baseline.content)} |`);
md.push(`| ratio widget/baseline: text painted · live | ${d.ratios.content} · ${d.ratios.live} | ${m.ratios.content} · ${m.ratios.live} |`);
md.push(`| tab switch to next frame: widget | ${t(d.widget.switch)} | ${t(m.widget.switch)} |`);
md.push(`| tab switch to next frame: baseline | ${t(d.baseline.switch)} | ${t(m.baseline.switch)} |`);
md.push(`| ratio widget/baseline: tab switch | ${d.ratios.switch} | ${m.ratios.switch} |`);
md.push(`| layout shift on the host page (CLS), one-line embed | ${t(d.widget.shifts)} | ${t(m.widget.shifts)} |`);
md.push(`| layout shift (CLS) with the pasted snippet | ${t(d.snippet.shifts)} | ${t(m.snippet.shifts)} |`);
md.push(`| pasted snippet: text painted · live | ${t(d.snippet.content)} · ${t(d.snippet.live)} | ${t(m.snippet.content)} · ${t(m.snippet.live)} |`);
md.push(`| long tasks (> 50 ms) during load | ${t(d.widget.longTasks)} | ${t(m.widget.longTasks)} |`);
md.push(`| JS heap after mount (MB) | ${t(d.widget.heap)} | ${t(m.widget.heap)} |`);
md.push(`| wasm memory after mount (MB) | ${t(d.widget.wasm)} | ${t(m.widget.wasm)} |`);
md.push(`| 20 instances: JS heap · wasm memory (MB) | ${d.twenty.heapMB} · ${d.twenty.wasmMB} | ${m.twenty.heapMB} · ${m.twenty.wasmMB} |`);
md.push('', '| Tab switch to next frame, by tab: widget · baseline | desktop | 4× CPU throttle |', '|---|---|---|');
for (const tab of Object.keys(d.byTab)) {
  md.push(`| ${tab} | ${d.byTab[tab].widget.median} · ${d.byTab[tab].baseline.median} | ${m.byTab[tab].widget.median} · ${m.byTab[tab].baseline.median} |`);
}
const to = result.takeover;
md.push('', '| Takeover of the shell (plain host page) | desktop | 4× CPU throttle |', '|---|---|---|');
for (const [name, v] of [['clean re-render (shipped)', to.rerender], ['Yew hydration (experiment)', to.hydration]]) {
  md.push(`| ${name}: mount() on the main thread | ${t(v.desktop.mount)} | ${t(v.throttled4x.mount)} |`);
  md.push(`| ${name}: mount() to live frame | ${t(v.desktop.live)} | ${t(v.throttled4x.live)} |`);
}
md.push(`| wasm brotli (KB): re-render · hydration | ${kb(to.wasmBrotli.rerender)} · ${kb(to.wasmBrotli.hydration)} | |`);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.json', JSON.stringify(result, null, 2));
writeFileSync('bench/results/latest.md', md.join('\n') + '\n');
console.log(md.join('\n'));
