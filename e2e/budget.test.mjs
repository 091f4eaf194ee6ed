// Byte budget (bytes are deterministic, unlike times): everything the embed really
// transfers on a first English load — recorded from a page load in Chromium, then measured
// brotli -q 11 from dist/ — must stay under the ceiling in bench/budget.json.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { start, openPage, widgetsReady } from './helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

/** What a page really transfers from dist/ (recorded in Chromium), measured brotli -q 11. */
async function firstLoad(path) {
  const { page, log, context } = await openPage(env, path);
  await widgetsReady(page);
  await page.waitForLoadState('networkidle');
  await context.close();
  const files = [...new Set(log.requests.map((u) => new URL(u).pathname.slice(1)))]
    .filter((f) => !f.startsWith('hosts/') && f !== 'favicon.ico');
  const sizes = files.map((f) => {
    const b = readFileSync(`dist/${f}`);
    return [f, brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length];
  });
  const total = sizes.reduce((t, [, n]) => t + n, 0);
  const report = sizes.map(([f, n]) => `${f} ${(n / 1024).toFixed(1)} KB`).join(', ');
  return { files, total, report };
}

test('first-load bytes (brotli) stay under the budget ceiling', async () => {
  const budget = JSON.parse(readFileSync('bench/budget.json', 'utf8'));
  const { files, total, report } = await firstLoad('/hosts/plain.html');
  assert.ok(files.includes('embed.js') && files.includes('botox-guide_bg.wasm'), `requests: ${files}`);
  console.log(`first load: ${(total / 1024).toFixed(1)} KB brotli (${report}); ceiling ${budget.ceiling_kb} KB`);
  assert.ok(total <= budget.ceiling_kb * 1024, `${(total / 1024).toFixed(1)} KB > ${budget.ceiling_kb} KB: ${report}`);
});

test('a page in another language (the full wasm, its pack) stays under its own ceiling', async () => {
  const budget = JSON.parse(readFileSync('bench/budget.json', 'utf8'));
  const { files, total, report } = await firstLoad('/hosts/spanish.html');
  assert.ok(files.includes('botox-guide-full_bg.wasm') && files.includes('botox-guide-es.js'), `requests: ${files}`);
  console.log(`Spanish first load: ${(total / 1024).toFixed(1)} KB brotli (${report}); ceiling ${budget.ceiling_other_kb} KB`);
  assert.ok(total <= budget.ceiling_other_kb * 1024, `${(total / 1024).toFixed(1)} KB > ${budget.ceiling_other_kb} KB: ${report}`);
});
