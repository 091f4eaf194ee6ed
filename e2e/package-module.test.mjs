// The npm package as a framework developer uses it (issue 30): `npm pack`'s tarball installed
// into a fresh folder, then `import 'botox-guide'` bundled by esbuild, `define({ base })`,
// the three failures told apart, a server-side import, the module's types under `tsc` and
// `vue-tsc`, and `@arethetypeswrong/cli` on the tarball. (Apart from package.test.mjs: each
// test file must finish within the test command's per-file time limit.)
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

/** Bundle `source` (an app's entry, written into the installed site) with esbuild as an ES
 *  module into `outfile`, resolving `botox-guide` through the package's `exports`. */
function bundleApp(name, source, outfile) {
  writeFileSync(join(app, name), source);
  execFileSync(resolve('node_modules/.bin/esbuild'), [name, '--bundle', '--format=esm', `--outfile=${outfile}`, '--log-level=error'], { cwd: app, encoding: 'utf8' });
}

/** Open `url` in a fresh page; collects page errors, console warnings and errors, and the
 *  paths loaded. */
async function openApp(browser, url) {
  const page = await browser.newPage();
  const said = [];
  const loaded = [];
  page.on('pageerror', (e) => said.push(`pageerror: ${e}`));
  page.on('console', (m) => { if ((m.type() === 'error' || m.type() === 'warning') && !m.text().startsWith('Failed to load resource')) said.push(m.text()); });
  page.on('requestfinished', (r) => loaded.push(new URL(r.url()).pathname));
  await page.goto(url);
  return { page, said, loaded };
}

const launch = () => chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });

test("import 'botox-guide' in an app bundled by esbuild: the guide goes live, English and Spanish, from the bundle's own folder", async () => {
  const site = join(dir, 'bundled');
  bundleApp('main.js', `import '${pkg.name}';
for (const locale of ['en', 'es']) {
  const guide = document.createElement('botox-guide');
  guide.setAttribute('clinic-name', 'Harbour Clinic');
  guide.setAttribute('locale', locale);
  document.body.append(guide);
}
`, join(site, 'assets', 'app.js'));
  // The documented step: the files of botox-guide/dist/ next to the bundle.
  cpSync(join(installed, 'dist'), join(site, 'assets'), { recursive: true });
  writeFileSync(join(site, 'index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>App</title><script type="module" src="/assets/app.js"></script></head><body><h1>App</h1></body></html>');
  const server = await serve(site, 0);
  const browser = await launch();
  try {
    const { page, said, loaded } = await openApp(browser, server.url + '/');
    await page.evaluate(() => window.BotoxGuide.ready);
    await widgetsReady(page, 2);
    const texts = await page.evaluate(() => [...document.querySelectorAll('botox-guide')].map((g) => g.shadowRoot.querySelector('[role=tab][aria-selected=true]').textContent));
    assert.equal(texts.length, 2);
    assert.notEqual(texts[0], texts[1], 'the Spanish guide speaks Spanish');
    for (const f of ['botox-guide_bg.wasm', 'botox-guide-full_bg.wasm', 'botox-guide-es.js']) assert.ok(loaded.includes(`/assets/${f}`), `${f} from /assets/: ${loaded}`);
    assert.deepEqual(said, []);
  } finally {
    await browser.close();
    await server.close();
  }
});

test("botox-guide/define: define({ base }) finds the files in another folder; a missing file, a web page in its place and a file of another build are told apart", async () => {
  const site = join(dir, 'based');
  bundleApp('based.js', `import { define } from '${pkg.name}/define';
define({ base: new URLSearchParams(location.search).get('base') });
document.body.append(document.createElement('botox-guide'));
`, join(site, 'assets', 'app.js'));
  cpSync(join(installed, 'dist'), join(site, 'vendor', 'botox-guide'), { recursive: true });
  // The same files with the wasm one byte longer: another build's file under this one's name.
  cpSync(join(installed, 'dist'), join(site, 'tampered'), { recursive: true });
  writeFileSync(join(site, 'tampered', 'botox-guide_bg.wasm'), Buffer.concat([readFileSync(join(installed, 'dist', 'botox-guide_bg.wasm')), Buffer.from([0])]));
  const html = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>App</title><script type="module" src="/assets/app.js"></script></head><body><h1>App</h1></body></html>';
  writeFileSync(join(site, 'index.html'), html);
  // /spa/… answers every address with the app's page, as single-page app servers do.
  const server = await serve(site, 0, {
    answer: (path, req, res) => {
      if (!path.startsWith('/spa/')) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(req.method === 'HEAD' ? undefined : html);
      return true;
    },
  });
  const browser = await launch();
  try {
    const good = await openApp(browser, `${server.url}/?base=/vendor/botox-guide/`);
    await good.page.locator('botox-guide').hover();
    await widgetsReady(good.page);
    assert.deepEqual(good.said, []);
    const failure = async (base) => {
      const { page, said } = await openApp(browser, `${server.url}/?base=${base}`);
      await page.locator('botox-guide').hover();
      await page.waitForFunction(() => document.querySelector('botox-guide')?.shadowRoot?.querySelector('.root[data-shell] > .notice'));
      const named = said.filter((s) => s.includes('could not load'));
      assert.equal(named.length, 1, said.join('\n'));
      return named[0];
    };
    assert.match(await failure('/missing/'), /botox-guide\.js could not be loaded from http:\/\/127\.0\.0\.1:\d+\/missing\/botox-guide\.js \(the server answered 404/);
    assert.match(await failure('/spa/'), /could not be loaded from http:\/\/127\.0\.0\.1:\d+\/spa\/botox-guide[^ ]* \(the server sent a web page instead/);
    assert.match(await failure('/tampered/'), /botox-guide_bg\.wasm could not be loaded from http:\/\/127\.0\.0\.1:\d+\/tampered\/botox-guide_bg\.wasm \(its contents do not match its integrity hash/);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('imported on a server (Node, as Next.js prerenders): nothing throws, define() returns undefined, and the snippet, stylesheet and hashes resolve by the package name', () => {
  const script = `
import * as main from '${pkg.name}';
import * as own from '${pkg.name}/define';
const out = { main: typeof main.define, defined: main.define() === undefined && own.define({ base: '/x/' }) === undefined, version: main.version };
out.files = ['dist/botox-guide-snippet.html', 'dist/botox-guide-snippet-es.html', 'dist/botox-guide.css', 'dist/embed.js.sha384', 'dist/botox-guide_bg.wasm.sha384'].map((f) => import.meta.resolve('${pkg.name}/' + f).replace(/^.*\\/node_modules\\//, ''));
console.log(JSON.stringify(out));
`;
  const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: app, encoding: 'utf8' }));
  assert.deepEqual(out, {
    main: 'function', defined: true, version: pkg.version,
    files: ['botox-guide/dist/botox-guide-snippet.html', 'botox-guide/dist/botox-guide-snippet-es.html', 'botox-guide/dist/botox-guide.css', 'botox-guide/dist/embed.js.sha384', 'botox-guide/dist/botox-guide_bg.wasm.sha384'],
  });
});

test("installed: the module entry's types (define, version) check under tsc --strict, and vue-tsc refuses a wrong attribute value in a Vue template", () => {
  const project = join(dir, 'typed');
  mkdirSync(join(project, 'node_modules'), { recursive: true });
  cpSync(installed, join(project, 'node_modules', pkg.name), { recursive: true });
  for (const dep of ['vue', '@vue', '@babel', 'csstype']) cpSync(join('node_modules', dep), join(project, 'node_modules', dep), { recursive: true });
  const compilerOptions = { strict: true, noEmit: true, target: 'es2022', module: 'esnext', moduleResolution: 'bundler', lib: ['es2022', 'dom'], types: [], skipLibCheck: false };
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['main.ts', 'env.d.ts', 'App.vue'] }));
  writeFileSync(join(project, 'env.d.ts'), `/// <reference types="${pkg.name}/vue" />\n`);
  const main = `import { define, version } from '${pkg.name}';
const api = define({ base: new URL('https://cdn.example/botox-guide/') });
const handle = api?.mount(document.body, { tab: 'risks', clinicName: 'Harbour' });
handle?.update({ theme: 'dark' });
export const v: string = version;
`;
  const vue = `<script setup lang="ts">
const onTab = (e: CustomEvent<{ tab: BotoxGuideTab }>) => console.log(e.detail.tab);
</script>
<template>
  <botox-guide clinic-name="Harbour" theme="dark" tab="risks" @botox-guide-tab-change="onTab" />
</template>
`;
  const check = (ts, template) => {
    writeFileSync(join(project, 'main.ts'), ts);
    writeFileSync(join(project, 'App.vue'), template);
    try {
      execFileSync(resolve('node_modules/.bin/vue-tsc'), ['-p', project], { encoding: 'utf8' });
      return '';
    } catch (e) {
      return String(e.stdout || e.message);
    }
  };
  assert.equal(check(main, vue), '');
  // Every wrong value in one run (vue-tsc takes seconds per run): each is reported.
  const bad = check(
    main.replace("tab: 'risks'", "tab: 'nope'").replace("new URL('https://cdn.example/botox-guide/')", '1'),
    vue.replace('theme="dark"', 'theme="blue"').replace('tab="risks"', 'tab="nope"'),
  );
  assert.match(bad, /main\.ts\(3,.*nope/, bad);
  assert.match(bad, /main\.ts\(2,.*number/, bad);
  assert.match(bad, /App\.vue.*"blue"/, bad);
  assert.match(bad, /App\.vue.*"nope"/, bad);
});

test('@arethetypeswrong/cli passes on the tarball for an ESM-only package: every entry resolves with types under node16 and bundlers', () => {
  // Exits non-zero on any problem; the table is the message when it does.
  const run = () => execFileSync(resolve('node_modules/.bin/attw'), [tarball.file, '--profile', 'esm-only', '--format', 'json'], { encoding: 'utf8' });
  let report;
  try {
    report = JSON.parse(run());
  } catch (e) {
    assert.fail(`attw found problems:\n${e.stdout}`);
  }
  const entries = Object.keys(report.analysis.entrypoints);
  for (const e of ['.', './define', './react', './vue']) assert.ok(entries.includes(e), `${e} checked: ${entries}`);
  // What the profile ignores, and only that: CommonJS's require of an ESM-only package, and
  // node10 (no subpath exports) for the manifest, a JSON file.
  const left = Object.values(report.problems ?? {}).flat().map((p) => `${p.kind} ${p.entrypoint} ${p.resolutionKind}`);
  assert.deepEqual(left.filter((p) => !/ node16-cjs$/.test(p) && p !== 'NoResolution ./custom-elements.json node10'), []);
});
