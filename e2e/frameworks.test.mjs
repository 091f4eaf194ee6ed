// Real framework apps in Chromium: a React 19 app and a Vue 3 app (e2e/frameworks/, bundled
// here with esbuild) render <botox-guide> with attributes, bind its colon-free event names,
// and update an attribute from their own state.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { start, openPage, widgetsReady } from './helpers.mjs';
import { serve } from './serve.mjs';

let env, dir, apps;
before(async () => {
  env = await start();
  dir = mkdtempSync(join(tmpdir(), 'botox-guide-apps-'));
  for (const [name, entry] of [['react', 'e2e/frameworks/react-app.jsx'], ['vue', 'e2e/frameworks/vue-app.js']]) {
    await build({
      entryPoints: [entry], bundle: true, format: 'esm', outfile: join(dir, `${name}.js`), jsx: 'automatic', logLevel: 'error',
      define: { 'process.env.NODE_ENV': '"production"', __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
    });
    // The app's own page, on its own origin; the widget from the widget's server.
    writeFileSync(join(dir, `${name}.html`), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name} app</title></head><body>
<div id="app"></div>
<script src="${env.url}/embed.js" crossorigin="anonymous"></script>
<script type="module" src="./${name}.js"></script>
</body></html>`);
  }
  // Vue as Vite builds it: the template compiled ahead of time with the plugin's option.
  const { compileTemplate } = await import('@vue/compiler-sfc');
  const compiled = compileTemplate({
    id: 'guide', filename: 'App.vue',
    source: `<main><p id="seen">{{ tab }}</p><button id="rename" @click="clinic = 'Vite Clinic, renamed'">Rename</button>
      <botox-guide :clinic-name="clinic" tab="about" sections="about,risks,aftercare" @botox-guide-tab-change="tab = $event.detail.tab"></botox-guide></main>`,
    compilerOptions: { isCustomElement: (tag) => tag === 'botox-guide' },
  });
  assert.deepEqual(compiled.errors, []);
  writeFileSync(join(dir, 'vue-vite-template.js'), compiled.code);
  await build({
    entryPoints: ['e2e/frameworks/vue-vite-app.js'], bundle: true, format: 'esm', outfile: join(dir, 'vue-vite.js'), logLevel: 'error',
    alias: { 'vue-vite-template': join(dir, 'vue-vite-template.js') }, nodePaths: [resolve('node_modules')],
    define: { 'process.env.NODE_ENV': '"production"', __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
  });
  writeFileSync(join(dir, 'vue-vite.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>vue-vite app</title></head><body>
<div id="app"></div>
<script src="${env.url}/embed.js" crossorigin="anonymous"></script>
<script type="module" src="./vue-vite.js"></script>
</body></html>`);
  // A server-rendered React page, hydrated in the browser (the first page of a Next.js app).
  await build({ entryPoints: ['e2e/frameworks/react-hydrated-server.jsx'], bundle: true, platform: 'node', format: 'esm', outfile: join(dir, 'ssr.mjs'), jsx: 'automatic', logLevel: 'error', define: { 'process.env.NODE_ENV': '"production"' },
    // react-dom/server requires node's own modules: give the ES module a require.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" } });
  await build({ entryPoints: ['e2e/frameworks/react-hydrated-client.jsx'], bundle: true, format: 'esm', outfile: join(dir, 'hydrated.js'), jsx: 'automatic', logLevel: 'error', define: { 'process.env.NODE_ENV': '"development"' } });
  const { render, renderPrerendered } = await import(pathToFileURL(join(dir, 'ssr.mjs')).href);
  writeFileSync(join(dir, 'hydrated.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>hydrated app</title></head><body>
<div id="app">${render()}</div>
<script src="${env.url}/embed.js" crossorigin="anonymous"></script>
<script type="module" src="./hydrated.js"></script>
</body></html>`);
  // The same, with the guide server-rendered from the prerendered snippet.
  await build({ entryPoints: ['e2e/frameworks/react-prerendered-client.jsx'], bundle: true, format: 'esm', outfile: join(dir, 'prerendered.js'), jsx: 'automatic', logLevel: 'error', define: { 'process.env.NODE_ENV': '"development"' } });
  const snippet = readFileSync('dist/botox-guide-snippet.html', 'utf8').replace(/^<!--[\s\S]*?-->\s*/, '').replace('href="botox-guide.css"', `href="${env.url}/botox-guide.css"`);
  writeFileSync(join(dir, 'prerendered.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>prerendered app</title></head><body>
<div id="app">${renderPrerendered(snippet)}</div>
<script type="application/json" id="snippet">${JSON.stringify(snippet).replace(/</g, '\\u003c')}</script>
<script src="${env.url}/embed.js" crossorigin="anonymous"></script>
<script type="module" src="./prerendered.js"></script>
</body></html>`);
  apps = await serve(dir, 0, { cache: 'no-cache' });
});
after(async () => { await apps.close(); await env.close(); rmSync(dir, { recursive: true, force: true }); });

for (const name of ['react', 'vue']) {
  test(`${name === 'react' ? 'React 19' : 'Vue 3'} app: renders the element with its attributes, binds botox-guide-tab-change and updates an attribute`, async () => {
    const { page, log } = await openPage({ ...env, url: apps.url }, `/${name}.html`);
    await page.locator('botox-guide .root').waitFor();
    await page.locator('botox-guide [data-tab=about]').focus(); // a touch loads the wasm at once
    await widgetsReady(page);
    assert.equal(await page.locator('botox-guide [role=tab]').count(), 3, 'sections attribute applied');
    await page.locator('botox-guide [data-tab=risks]').click();
    await page.locator('#seen', { hasText: 'risks' }).waitFor();
    await page.locator('#rename').click();
    await page.locator('botox-guide .clinic-card', { hasText: 'renamed' }).waitFor();
    assert.deepEqual(log.errors, []);
  });
}

test('server-rendered React, hydrated: the documented ref-and-effect pattern hears botox-guide-tab-change on the first page, once per click, with no hydration error', async () => {
  const { page, log } = await openPage({ ...env, url: apps.url }, '/hydrated.html');
  await page.locator('botox-guide .root').waitFor();
  await page.locator('botox-guide [data-tab=about]').focus();
  await widgetsReady(page);
  // Hydration has run once the effect's listener is there: the app's own state changes.
  await page.locator('botox-guide [data-tab=risks]').click();
  await page.locator('#seen', { hasText: 'risks' }).waitFor();
  await page.locator('botox-guide [data-tab=aftercare]').click();
  await page.locator('#seen', { hasText: 'aftercare' }).waitFor();
  assert.equal(await page.locator('#count').innerText(), '2', 'one call per click, under StrictMode too');
  const hydration = log.console.filter((m) => m.type === 'error' && /hydrat/i.test(m.text));
  assert.deepEqual(hydration, []);
  assert.deepEqual(log.errors, []);
});

test('server-rendered React with the guide server-rendered from the snippet: it reads without JavaScript, hydrates with no error, goes live, and mounts again after a client navigation', async () => {
  // Without JavaScript: the page as a server sent it; the guide's tabs are there.
  const still = await env.browser.newContext({ javaScriptEnabled: false });
  const plain = await still.newPage();
  await plain.goto(`${apps.url}/prerendered.html`);
  assert.equal(await plain.locator('botox-guide [role=tab]').count(), 6, 'the snippet paints without JavaScript');
  await still.close();
  const { page, log } = await openPage({ ...env, url: apps.url }, '/prerendered.html');
  await page.locator('botox-guide [data-tab=about]').focus();
  await widgetsReady(page);
  await page.locator('botox-guide [data-tab=risks]').click();
  await page.locator('#seen', { hasText: 'risks' }).waitFor();
  // A client navigation: the element leaves and comes back, built by React in the browser.
  await page.locator('#to-home').click();
  await page.locator('#home').waitFor();
  await page.locator('#to-guide').click();
  await widgetsReady(page);
  assert.equal(await page.locator('botox-guide').count(), 1);
  await page.locator('botox-guide [data-tab=aftercare]').click();
  await page.locator('#seen', { hasText: 'aftercare' }).waitFor();
  assert.match(await page.locator('botox-guide .clinic-card').innerText(), /Prerendered Clinic/);
  const hydration = log.console.filter((m) => m.type === 'error' && /hydrat|did not match|recoverable/i.test(m.text));
  assert.deepEqual(hydration, []);
  assert.deepEqual(log.errors, []);
});

test('Vue built as Vite does (template compiled ahead, runtime-only Vue): with the plugin option the element renders, binds its event, and Vue warns nothing', async () => {
  const { page, log } = await openPage({ ...env, url: apps.url }, '/vue-vite.html');
  await page.locator('botox-guide .root').waitFor();
  await page.locator('botox-guide [data-tab=about]').focus();
  await widgetsReady(page);
  await page.locator('botox-guide [data-tab=risks]').click();
  await page.locator('#seen', { hasText: 'risks' }).waitFor();
  await page.locator('#rename').click();
  await page.locator('botox-guide .clinic-card', { hasText: 'renamed' }).waitFor();
  const vue = log.console.filter((m) => /Vue warn|Failed to resolve component/.test(m.text));
  assert.deepEqual(vue, []);
  assert.deepEqual(log.errors, []);
});
