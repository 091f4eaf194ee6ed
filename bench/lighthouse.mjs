// What the widget costs a clinic's page, measured the way agencies and search rankings do:
// Lighthouse 12 (mobile preset: simulated slow 4G, 4x CPU slowdown), each page with the
// widget against the same page without it (generated from the demo by the build's perf
// step), files served compressed as a CDN would (e2e/serve.mjs). RUNS runs of every page,
// interleaved; medians and spread (min–max). Not a test: the figures go to
// bench/results/lighthouse.{json,md} and the README's benchmark section.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { brotliCompressSync } from 'node:zlib';
import { serve } from '../e2e/serve.mjs';
import { inPageEmbed } from '../e2e/in-page.mjs';
import { startWordPress, wordpressAvailable } from '../e2e/wordpress/harness.mjs';

const RUNS = Math.max(5, Number(process.env.LIGHTHOUSE_RUNS || process.env.RUNS || 5));
// Each documented embed form against the same page without the widget. `critical`: what the
// page must fetch before the guide's first paint (the document, and embed.js where it paints
// the guide).
const PAIRS = [
  { name: 'one line: the script right before the element (README, "One line")', with: '/index.html', without: '/perf-without.html', critical: ['document', 'embed.js'] },
  { name: 'recommended: the guide in the page\'s HTML, from the builder (README, "Recommended")', with: '/perf-page.html', without: '/perf-without.html', critical: ['document'] },
  { name: 'script deferred with the space reserved', with: '/perf-defer.html', without: '/perf-without.html', critical: ['document', 'embed.js'] },
  { name: 'one line, the widget far below the fold', with: '/perf-far.html', without: '/perf-far-without.html', critical: ['document', 'embed.js'] },
  { name: 'far below the fold, `loading="lazy"`', with: '/perf-far-lazy.html', without: '/perf-far-without.html', critical: ['document', 'embed.js'] },
];

const server = await serve('dist', 0);
// The recommended page is made as a clinic makes it: through the builder.
{
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
  writeFileSync('dist/perf-page.html', await inPageEmbed(await browser.newPage(), server.url, readFileSync('dist/index.html', 'utf8')));
  await browser.close();
}
// WordPress (Debian's, with the plugin; PHP's built-in server, which does not compress): the
// shortcode on a page of the default theme against the same page without it.
let wordpress = null;
const origin = (page) => (page.startsWith('http') ? page : server.url + page);
if (wordpressAvailable()) {
  wordpress = await startWordPress();
  wordpress.wp('activate');
  const intro = '<p>Our clinic has treated patients by the lake since 1998. Every treatment starts with a consultation.</p>';
  const withGuide = new URL(wordpress.page('guide', `${intro}\n[botox_guide clinic_name="Lakeside Clinic" phone="+1 555 0100"]\n<p>Opening hours: Monday to Friday.</p>`)).href;
  const without = new URL(wordpress.page('plain', `${intro}\n<p>Opening hours: Monday to Friday.</p>`)).href;
  PAIRS.push({ name: 'WordPress: the plugin\'s shortcode (Twenty Twenty-Three, PHP\'s built-in server, uncompressed)', with: withGuide, without, critical: ['document', 'embed.js'] });
} else {
  console.log('WordPress is not installed here (scripts/setup installs it): its row is left out.');
}

const METRICS = [
  ['score', 'performance score', (lhr) => Math.round(lhr.categories.performance.score * 100), ''],
  ['fcp', 'First Contentful Paint', (lhr) => lhr.audits['first-contentful-paint'].numericValue, 'ms'],
  ['lcp', 'Largest Contentful Paint', (lhr) => lhr.audits['largest-contentful-paint'].numericValue, 'ms'],
  ['tbt', 'Total Blocking Time', (lhr) => lhr.audits['total-blocking-time'].numericValue, 'ms'],
  ['tti', 'Time to Interactive', (lhr) => lhr.audits.interactive.numericValue, 'ms'],
  ['cls', 'Cumulative Layout Shift', (lhr) => lhr.audits['cumulative-layout-shift'].numericValue, ''],
];

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const round = (v, unit) => (unit === 'ms' ? Math.round(v) : Math.round(v * 1000) / 1000);

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM || '/usr/bin/chromium',
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const pages = [...new Set(PAIRS.flatMap((p) => [p.with, p.without]))];
const samples = Object.fromEntries(pages.map((p) => [p, []]));
try {
  for (let run = 0; run < RUNS; run++) {
    for (const page of pages) {
      const result = await lighthouse(origin(page), { port: chrome.port, onlyCategories: ['performance'], output: 'json', logLevel: 'error' });
      const lhr = result.lhr;
      if (lhr.runtimeError) throw new Error(`${page}: ${lhr.runtimeError.message}`);
      samples[page].push(Object.fromEntries(METRICS.map(([key, , read]) => [key, read(lhr)])));
      // Long tasks Lighthouse saw on the main thread (its own list, at its CPU slowdown).
      const tasks = lhr.audits['long-tasks']?.details?.items || [];
      samples[page][run].longestTask = Math.round(Math.max(0, ...tasks.map((t) => t.duration)));
      // Bytes transferred, by file (the document as "document").
      samples[page][run].bytes = Object.fromEntries((lhr.audits['network-requests']?.details?.items || []).map((r) => [r.resourceType === 'Document' ? 'document' : r.url.split('/').pop().split('?')[0], r.transferSize]));
      process.stdout.write(`run ${run + 1}/${RUNS} ${page}: score ${samples[page][run].score}, TBT ${Math.round(samples[page][run].tbt)} ms\n`);
    }
  }
} finally {
  await chrome.kill();
  await server.close();
  await wordpress?.close();
}
// The same content as static HTML (generated from the same text), as a CDN sends it.
const staticBytes = brotliCompressSync(readFileSync('dist/baseline.html')).length;

const summary = PAIRS.map((pair) => {
  const rows = METRICS.map(([key, label, , unit]) => {
    const w = samples[pair.with].map((s) => s[key]);
    const wo = samples[pair.without].map((s) => s[key]);
    return {
      key, label, unit,
      with: round(median(w), unit), withSpread: [round(Math.min(...w), unit), round(Math.max(...w), unit)],
      without: round(median(wo), unit), withoutSpread: [round(Math.min(...wo), unit), round(Math.max(...wo), unit)],
      cost: round(median(w) - median(wo), unit),
    };
  });
  const longest = median(samples[pair.with].map((s) => s.longestTask));
  const critical = pair.critical.reduce((sum, file) => sum + (samples[pair.with][0].bytes[file] || 0), 0);
  const label = (page) => (page.startsWith('http') ? new URL(page).pathname + new URL(page).search : page);
  return { name: pair.name, with: label(pair.with), without: label(pair.without), rows, longestTask: longest, critical, criticalRatio: Math.round((critical / staticBytes) * 100) / 100 };
});

mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/lighthouse.json', JSON.stringify({ runs: RUNS, date: new Date().toISOString(), summary, samples }, null, 2));
const fmt = (v, unit) => (unit === 'ms' ? `${v} ms` : `${v}`);
const sign = (v, unit) => (v > 0 ? '+' : v < 0 ? '−' : '±') + fmt(Math.abs(v), unit);
let md = `Lighthouse 12.2.3, mobile preset (simulated slow 4G, 4× CPU), files served brotli-compressed as a CDN would; median of ${RUNS} interleaved runs each (spread min–max).\n`;
for (const s of summary) {
  md += `\n**${s.name}** (\`${s.with}\` against \`${s.without}\`; longest main-thread task with the widget: ${s.longestTask} ms; critical bytes before the guide paints: ${(s.critical / 1024).toFixed(1)} KB, ${s.criticalRatio}× the guide as static HTML, ${(staticBytes / 1024).toFixed(1)} KB)\n\n`;
  md += '| | with widget | without | cost |\n|---|---|---|---|\n';
  for (const r of s.rows) {
    md += `| ${r.label} | ${fmt(r.with, r.unit)} (${r.withSpread.join('–')}) | ${fmt(r.without, r.unit)} (${r.withoutSpread.join('–')}) | ${sign(r.cost, r.unit)} |\n`;
  }
}
writeFileSync('bench/results/lighthouse.md', md);
console.log('\n' + md);

// The README's table is this file's, between its markers.
const readme = readFileSync('README.md', 'utf8');
const [a, b] = ['<!-- lighthouse:start -->', '<!-- lighthouse:end -->'];
if (readme.includes(a) && readme.includes(b)) {
  writeFileSync('README.md', readme.slice(0, readme.indexOf(a) + a.length) + '\n' + md + readme.slice(readme.indexOf(b)));
}
