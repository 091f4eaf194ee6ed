// Byte budget (bytes are deterministic, unlike times): everything the embed transfers on
// first load, brotli -q 11, must stay under the ceiling in bench/budget.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';

const FIRST_LOAD = ['embed.js', 'botox-guide.js', 'botox-guide_bg.wasm', 'botox-guide-shell.html', 'botox-guide.css'];

test('first-load bytes (brotli) stay under the budget ceiling', () => {
  const budget = JSON.parse(readFileSync('bench/budget.json', 'utf8'));
  const sizes = FIRST_LOAD.map((f) => {
    const b = readFileSync(`dist/${f}`);
    return [f, brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length];
  });
  const total = sizes.reduce((t, [, n]) => t + n, 0);
  const report = sizes.map(([f, n]) => `${f} ${(n / 1024).toFixed(1)} KB`).join(', ');
  console.log(`first load: ${(total / 1024).toFixed(1)} KB brotli (${report}); ceiling ${budget.ceiling_kb} KB, target ${budget.target_kb} KB`);
  assert.ok(total <= budget.ceiling_kb * 1024, `${(total / 1024).toFixed(1)} KB > ${budget.ceiling_kb} KB: ${report}`);
  assert.ok(sizes.every(([, n]) => n > 0));
});
