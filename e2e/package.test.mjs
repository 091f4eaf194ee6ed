// The npm package, as a clinic on Wix or Squarespace would use it: `npm pack` gives the
// tarball a release publishes; installed into a fresh folder and served from a versioned
// CDN-like path (`/npm/botox-guide@<version>/dist/…`, with the CORS headers jsDelivr and
// unpkg send) on another origin than the host page, the README's CDN snippet (integrity +
// crossorigin) brings the widget live.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, cpSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import { tscErrors, widgetsReady } from './helpers.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
let dir, tarball, installed, app;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'botox-guide-pack-'));
  const out = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { encoding: 'utf8' }));
  tarball = { file: join(dir, out[0].filename), files: out[0].files.map((f) => f.path) };
  app = join(dir, 'site');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), '{"name":"clinic-site","private":true}');
  // --offline: the tarball has no dependencies, so nothing is fetched.
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball.file], { cwd: app, encoding: 'utf8' });
  installed = join(app, 'node_modules', pkg.name);
});
after(() => rmSync(dir, { recursive: true, force: true }));

const TOP = ['README.md', 'package.json', 'LICENSE-MIT', 'LICENSE-APACHE', 'CHANGELOG.md'];

test('npm pack holds the built widget, its types and manifest, both licences and the changelog, and nothing of the sources', () => {
  for (const f of ['dist/embed.js', 'dist/botox-guide.js', 'dist/botox-guide_bg.wasm', 'dist/botox-guide-es.js', 'dist/embed.js.sha384', 'dist/botox-guide.d.ts', 'dist/botox-guide-react.d.ts', 'dist/custom-elements.json', ...TOP]) {
    assert.ok(tarball.files.includes(f), `${f} is in the tarball`);
  }
  assert.deepEqual(tarball.files.filter((f) => !f.startsWith('dist/') && !TOP.includes(f)), []);
  for (const field of ['unpkg', 'jsdelivr']) assert.equal(pkg[field], 'dist/embed.js');
  assert.equal(pkg.types, 'dist/botox-guide.d.ts');
  assert.equal(pkg.customElements, 'dist/custom-elements.json');
  for (const f of [pkg.types, pkg.customElements, pkg.unpkg]) assert.ok(existsSync(join(installed, f)), `${f} installed`);
});

test('installed, served from a versioned CDN path on another origin: the README snippet with SRI goes live', async () => {
  // The CDN: /npm/<name>@<version>/ is the installed package, as jsDelivr maps it.
  const cdnRoot = join(dir, 'cdn');
  cpSync(installed, join(cdnRoot, 'npm', `${pkg.name}@${pkg.version}`), { recursive: true });
  const cdn = await serve(cdnRoot, 0);
  const src = `${cdn.url}/npm/${pkg.name}@${pkg.version}/dist/embed.js`;
  const integrity = readFileSync(join(installed, 'dist/embed.js.sha384'), 'utf8').trim();
  // The clinic's page, on its own origin.
  const siteRoot = join(dir, 'clinic');
  mkdirSync(siteRoot);
  writeFileSync(join(siteRoot, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic</title></head><body>
<h1>Harbour Clinic</h1>
<script src="${src}" integrity="${integrity}" crossorigin="anonymous"></script>
<botox-guide clinic-name="Harbour Clinic" phone="+64 9 555 0100" tab="aftercare"></botox-guide>
</body></html>`);
  const site = await serve(siteRoot, 0);
  assert.notEqual(new URL(site.url).origin, new URL(cdn.url).origin);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
  try {
    const page = await browser.newPage();
    const errors = [];
    const fromCdn = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if ((m.type() === 'error' || m.type() === 'warning') && !m.text().startsWith('Failed to load resource')) errors.push(m.text()); });
    page.on('response', (r) => { if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(`${r.status()} ${r.url()}`); });
    page.on('requestfinished', (r) => { if (r.url().startsWith(cdn.url)) fromCdn.push(new URL(r.url()).pathname); });
    await page.goto(site.url + '/');
    // Live: the wasm's render (not the prerendered shell), started at once by a touch.
    await page.locator('botox-guide').hover();
    await page.mouse.down();
    await page.mouse.up();
    await widgetsReady(page);
    const state = await page.evaluate(() => {
      const root = document.querySelector('botox-guide').shadowRoot;
      return { selected: root.querySelector('[role=tab][aria-selected=true]')?.dataset.tab, card: root.querySelector('.clinic-card')?.textContent };
    });
    assert.equal(state.selected, 'aftercare');
    assert.match(state.card, /Harbour Clinic/);
    const base = `/npm/${pkg.name}@${pkg.version}/dist/`;
    for (const f of ['embed.js', 'botox-guide.js', 'botox-guide_bg.wasm']) assert.ok(fromCdn.includes(base + f), `${f} came from the CDN path: ${fromCdn}`);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await cdn.close();
    await site.close();
  }
});

test('installed: TypeScript finds the types by the package name (botox-guide and botox-guide/react) and checks a type-only import and a JSX use', () => {
  // React's types as the site would have them.
  for (const dep of ['@types/react', 'csstype']) cpSync(join('node_modules', dep), join(app, 'node_modules', dep), { recursive: true });
  // The same compiler options as e2e/types/, but the types found by the package's name.
  const { compilerOptions } = JSON.parse(readFileSync('e2e/types/tsconfig.json', 'utf8'));
  delete compilerOptions.types;
  delete compilerOptions.typeRoots;
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['app.tsx'] }));
  const tsc = (source) => {
    writeFileSync(join(app, 'app.tsx'), source);
    return tscErrors(app);
  };
  const good = `import type {} from '${pkg.name}/react';
export const Guide = () => <botox-guide clinic-name="Harbour" theme="dark" onbotox-guide-tab-change={(e) => console.log(e.detail.tab)} />;
window.BotoxGuide.mount(document.body, { tab: 'risks' });
`;
  assert.equal(tsc(good), '');
  assert.match(tsc(good.replace('theme="dark"', 'theme="blue"')), /"blue"/);
  // The main entry's types are a module too: a type-only import brings the page's globals.
  const plain = `import type {} from '${pkg.name}';
const el = document.querySelector('botox-guide');
el?.addEventListener('botox-guide-tab-change', (e) => { const tab: BotoxGuideTab = e.detail.tab; console.log(tab); });
window.BotoxGuide.mount(document.body, { tab: 'risks' });
`;
  assert.equal(tsc(plain), '');
  assert.match(tsc(plain.replace("tab: 'risks'", "tab: 'nope'")), /nope/);
});

