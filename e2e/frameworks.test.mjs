// Real framework apps in Chromium: a React 19 app and a Vue 3 app (e2e/frameworks/, bundled
// here with esbuild) render <botox-guide> with attributes, bind its colon-free event names,
// and update an attribute from their own state.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
