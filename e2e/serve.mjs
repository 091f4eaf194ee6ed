// A small static file server for dist/ (demo, end-to-end tests, benchmark) that answers the
// way a CDN does, so every measure sees deployment-like transfers:
//  - brotli or gzip by the request's Accept-Encoding (compressed once per file version and
//    kept in memory), `Vary: Accept-Encoding`, `Content-Length`;
//  - `Cache-Control` (a CDN's `public, max-age=…` by default; the tests ask for `no-cache`,
//    since they reload pages and re-route requests) with an `ETag` for revalidation (304);
//  - `.wasm` as `application/wasm` (streaming compile), CORS for every file
//    (`Access-Control-Allow-Origin: *`, as jsDelivr and unpkg send it).
// CLI: node e2e/serve.mjs <dir> <port>
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.sha384': 'text/plain; charset=utf-8',
};
// Worth compressing (images are compressed already).
const TEXT = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.json', '.svg', '.ics', '.txt', '.sha384']);

// Host pages served with a Content-Security-Policy header (the README's policy, and the same
// without 'wasm-unsafe-eval' to prove the guide stays readable when WebAssembly is blocked).
const STRICT = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; object-src 'none'; base-uri 'none'";
export const POLICIES = {
  '/hosts/csp.html': STRICT,
  '/hosts/csp-no-wasm.html': STRICT.replace(" 'wasm-unsafe-eval'", ''),
};

/** A CDN's caching for files without a hash in their name: an hour, then revalidate. */
export const CDN_CACHE = 'public, max-age=3600';

const encoded = new Map(); // `${file}:${mtime}:${encoding}` -> Buffer

function encode(file, mtime, body, encoding) {
  const key = `${file}:${mtime}:${encoding}`;
  if (!encoded.has(key)) {
    encoded.set(key, encoding === 'br'
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
      : gzipSync(body, { level: 9 }));
  }
  return encoded.get(key);
}

/** The encoding a CDN would answer with: brotli if accepted, else gzip, else none. */
export function pickEncoding(acceptEncoding = '') {
  const accepted = acceptEncoding.split(',').map((e) => e.trim().split(';')[0].toLowerCase());
  return accepted.includes('br') ? 'br' : accepted.includes('gzip') ? 'gzip' : null;
}

/** Start serving `dir` on 127.0.0.1:`port` (0 = any free port). Resolves to { url, close }.
 *  `cache` is the Cache-Control value; `headers(path)` adds headers for a path; `answer(path,
 *  req, res)` may answer a request itself (tests: a streamed or stalled body) by returning true. */
export function serve(dir, port = 0, { headers = () => ({}), cache = CDN_CACHE, answer = () => false } = {}) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (answer(path, req, res)) return;
      let file = normalize(join(root, path));
      if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
      let info = await stat(file).catch(() => null);
      if (info?.isDirectory()) { file = join(file, 'index.html'); info = await stat(file); }
      const etag = `"${info.size.toString(36)}-${info.mtimeMs.toString(36)}"`;
      const ext = extname(file);
      const head = {
        'content-type': TYPES[ext] || 'application/octet-stream',
        'cache-control': cache,
        etag,
        vary: 'Accept-Encoding',
        'access-control-allow-origin': '*',
        ...(POLICIES[path] ? { 'content-security-policy': POLICIES[path] } : {}),
        ...headers(path),
      };
      if (req.headers['if-none-match'] === etag) { res.writeHead(304, head).end(); return; }
      let body = await readFile(file);
      const encoding = TEXT.has(ext) ? pickEncoding(req.headers['accept-encoding']) : null;
      if (encoding) {
        body = encode(file, info.mtimeMs, body, encoding);
        head['content-encoding'] = encoding;
      }
      head['content-length'] = body.length;
      res.writeHead(200, head);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain', 'access-control-allow-origin': '*' }).end('not found');
    }
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok({
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((done) => { server.closeAllConnections?.(); server.close(done); }),
  })));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dir = 'dist', port = '8080'] = process.argv.slice(2);
  const { url } = await serve(dir, Number(port));
  console.log(`serving ${dir}/ on ${url}/ (brotli/gzip, ${CDN_CACHE}, CORS)`);
}
