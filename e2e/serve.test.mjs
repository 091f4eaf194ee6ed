// The demo, test and benchmark server answers the way a CDN does (e2e/serve.mjs), so every
// measure sees deployment-like transfers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { get } from 'node:http';
import { readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { serve, CDN_CACHE } from './serve.mjs';

let server;
before(async () => { server = await serve('dist', 0); });
after(async () => { await server.close(); });

function request(path, headers = {}) {
  return new Promise((ok, fail) => {
    get(server.url + path, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', fail);
  });
}

test('files are brotli-compressed when the browser accepts it, gzip otherwise, plain for neither', async () => {
  const original = readFileSync('dist/botox-guide_bg.wasm');
  const br = await request('/botox-guide_bg.wasm', { 'accept-encoding': 'gzip, deflate, br' });
  assert.equal(br.headers['content-encoding'], 'br');
  assert.equal(br.headers['content-type'], 'application/wasm');
  assert.equal(Number(br.headers['content-length']), br.body.length);
  assert.ok(br.body.length < original.length / 2, `brotli: ${br.body.length} of ${original.length}`);
  assert.deepEqual(brotliDecompressSync(br.body), original);
  const gz = await request('/embed.js', { 'accept-encoding': 'gzip' });
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.deepEqual(gunzipSync(gz.body), readFileSync('dist/embed.js'));
  const plain = await request('/embed.js');
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.equal(plain.headers.vary, 'Accept-Encoding');
});

test('a CDN\'s caching and CORS headers, and 304 for a file the browser has', async () => {
  const first = await request('/embed.js', { 'accept-encoding': 'br' });
  assert.equal(first.headers['cache-control'], CDN_CACHE);
  assert.equal(first.headers['access-control-allow-origin'], '*');
  assert.ok(first.headers.etag);
  const again = await request('/embed.js', { 'accept-encoding': 'br', 'if-none-match': first.headers.etag });
  assert.equal(again.status, 304);
  assert.equal(again.body.length, 0);
  assert.equal((await request('/no-such-file.js')).status, 404);
});
