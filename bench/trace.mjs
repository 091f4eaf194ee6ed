// What the long tasks are (not a test): loads a page of dist/ at 4x CPU slowdown with a
// DevTools trace, three times, and prints each main-thread task over 30 ms (MIN=15 for
// 15) with the events
// inside it that took over 3 ms. `node bench/trace.mjs /perf-defer.html` for another page.
// docs/decisions.md ("When the wasm loads") quotes its output.
import { chromium } from 'playwright-core';
import { serve } from '../e2e/serve.mjs';
const server = await serve('dist', 0);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (let i = 0; i < 3; i++) {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'v8', 'v8.wasm', 'blink', 'disabled-by-default-devtools.timeline'] });
  await page.goto(server.url + (process.argv[2] || '/index.html'));
  await page.waitForTimeout(4000);
  const buf = await browser.stopTracing();
  const ev = JSON.parse(buf.toString()).traceEvents;
  const main = ev.find((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain');
  const onMain = ev.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.dur > Number(process.env.MIN || 30) * 1000);
  const t0 = Math.min(...onMain.map((e) => e.ts));
  for (const t of tasks) {
    const kids = onMain.filter((e) => e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e !== t && e.dur > 3000);
    const sum = {};
    for (const k of kids) sum[k.name + (k.args?.data?.url ? ' ' + k.args.data.url.split('/').pop() : '') + (k.args?.data?.functionName ? ' ' + k.args.data.functionName : '')] = Math.round(k.dur / 1000);
    console.log(i, 'task at', Math.round((t.ts - t0) / 1000), 'dur', Math.round(t.dur / 1000), JSON.stringify(sum));
  }
  await page.close();
}
await browser.close(); await server.close();
