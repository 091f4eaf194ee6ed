// Reliability and security: strict CSP, Subresource Integrity, injection payloads, privacy
// (requests and storage), content-url failure modes, and failures that leave the guide readable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, openPage, widgetsReady, holdWasm, frames } from './helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

/** Record CSP violations and the widget's error events from the first script on. */
async function watch(page) {
  await page.addInitScript(() => {
    window.violations = [];
    window.errorEvents = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    document.addEventListener('botox-guide:error', (e) => errorEvents.push(e.detail.message));
  });
}

const shadowText = (page, sel = 'botox-guide') => page.evaluate((s) => document.querySelector(s).shadowRoot.textContent, sel);

test('strict CSP header (README policy): the widget works and no policy violation is reported', async () => {
  const { page, log, context } = await openPage(env, '/hosts/csp.html');
  await watch(page);
  await page.reload();
  const response = await page.goto(env.url + '/hosts/csp.html');
  assert.match(response.headers()['content-security-policy'], /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; object-src 'none'; base-uri 'none'$/);
  await widgetsReady(page);
  // Styles applied, tabs and the aftercare planner work.
  assert.equal(await page.locator('botox-guide [role=tab][aria-selected=true]').evaluate((e) => getComputedStyle(e).fontWeight), '700');
  await page.locator('botox-guide [data-tab=aftercare]').click();
  await page.locator('botox-guide #bg-treated-at').fill('2026-12-02T15:00');
  await page.locator('botox-guide .step-now').waitFor();
  assert.deepEqual(await page.evaluate(() => violations), []);
  assert.deepEqual(log.console.filter((m) => /Content Security Policy|Refused/.test(m.text)), []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("CSP without 'wasm-unsafe-eval': the prerendered guide stays readable, one error event, nothing thrown", async () => {
  const { page, log, context } = await openPage(env, '/hosts/csp-no-wasm.html');
  await watch(page);
  await page.reload();
  await page.waitForFunction(() => errorEvents.length > 0);
  assert.match((await page.evaluate(() => errorEvents))[0], /could not load/);
  assert.match(await shadowText(page), /Botox is a medicine given as small injections/);
  await page.locator('botox-guide [data-tab=aftercare]').click();
  assert.ok(await page.locator('botox-guide #bg-panel-aftercare').isVisible(), 'shell tabs still switch');
  assert.deepEqual(log.errors, []);
  await context.close();
});

for (const [what, fulfil] of [
  ['404', (route) => route.fulfill({ status: 404, body: 'not found' })],
  ['corrupt', (route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: Buffer.from('\0asm\x01\0\0\0garbage!') })],
  ['tampered (fails its SHA-384)', async (route) => {
    const real = await route.fetch();
    const body = Buffer.from(await real.body());
    body[body.length - 1] ^= 1;
    await route.fulfill({ response: real, body });
  }],
]) {
  test(`wasm ${what}: the shell stays readable, botox-guide:error fires once, no uncaught exception`, async () => {
    const { page, log, context } = await openPage(env, '/hosts/plain.html');
    await watch(page);
    await context.route(/\.wasm$/, fulfil);
    await page.reload();
    await page.waitForFunction(() => errorEvents.length > 0);
    await page.locator('botox-guide .root[data-shell] .notice').waitFor(); // the failure is shown
    await frames(page);
    assert.equal((await page.evaluate(() => errorEvents)).length, 1);
    assert.match(await shadowText(page), /Botox is a medicine given as small injections/);
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}

test('Subresource Integrity: a tampered glue script is refused; the demo page pins embed.js by hash', async () => {
  const hash = readFileSync('dist/embed.js.sha384', 'utf8').trim();
  assert.match(hash, /^sha384-[A-Za-z0-9+/]{64}$/);
  // The wasm's published hash (for a preload hint) is the one the loader checks.
  const wasmHash = readFileSync('dist/botox-guide_bg.wasm.sha384', 'utf8').trim();
  // Either quote style: terser may rewrite the build's quotes when it minifies embed.js.
  const pinned = ['"', "'"].map((q) => `${q}botox-guide_bg.wasm${q}:${q}${wasmHash}${q}`);
  const embed = readFileSync('dist/embed.js', 'utf8');
  assert.ok(pinned.some((p) => embed.includes(p)), 'embed.js pins the wasm hash');
  const { page, log, context } = await openPage(env, '/');
  assert.equal(await page.locator('script[src="embed.js"]').getAttribute('integrity'), hash);
  await widgetsReady(page);
  await context.route(/botox-guide\.js$/, async (route) => {
    const real = await route.fetch();
    await route.fulfill({ response: real, body: (await real.text()) + '\nwindow.tampered = true;' });
  });
  await watch(page);
  await page.goto(env.url + '/hosts/plain.html');
  await page.waitForFunction(() => errorEvents.length > 0);
  assert.equal(await page.evaluate(() => window.tampered), undefined, 'the altered script never ran');
  assert.match(await shadowText(page), /Botox is a medicine/, 'the shell stays');
  // A tampered embed.js is refused by the browser on the demo page.
  await context.unrouteAll();
  await context.route(/embed\.js$/, async (route) => {
    const real = await route.fetch();
    await route.fulfill({ response: real, body: (await real.text()) + '\nwindow.tampered = true;' });
  });
  await page.goto(env.url + '/'); // after the load event: the script has run, or was refused
  assert.equal(await page.evaluate(() => window.tampered || !!window.BotoxGuide), false);
  assert.deepEqual(log.errors, []);
  await context.close();
});

const PAYLOADS = [
  '<img src=/xss-img.png onerror="window.__xss=1">',
  '"><script>window.__xss=1</script>',
  '<svg onload="window.__xss=1"><image href="/xss-svg.png"/></svg>',
  "javascript:window.__xss=1",
  'https://ok.example/" onmouseover="window.__xss=1',
  'data:text/html,<script>window.__xss=1</script>',
];

test('injection: hostile option values render as text, never as markup, run nothing and fetch nothing', async () => {
  const { page, log, context } = await openPage(env, '/hosts/dynamic.html');
  await page.evaluate((payloads) => {
    window.dialogs = 0;
    window.alert = window.confirm = window.prompt = () => { window.dialogs++; };
    payloads.forEach((p, i) => addElement('x' + i, {
      'clinic-name': p, 'reviewed-by': p, phone: p, 'booking-url': p, 'content-url': p, tab: p, sections: p, theme: p, locale: p,
    }));
    // Token values with url(): a background or fill must never fetch them.
    const style = document.createElement('style');
    style.textContent = 'botox-guide { ' + ['color-surface', 'color-surface-alt', 'color-accent', 'icon-filled', 'icon-placebo', 'color-danger-surface', 'timeline-now', 'font-family']
      .map((t) => `--botox-guide-${t}: url(/xss-token-${t}.png)`).join('; ') + '; }';
    document.head.appendChild(style);
  }, PAYLOADS);
  await widgetsReady(page, PAYLOADS.length);
  for (let i = 0; i < PAYLOADS.length; i++) {
    const root = `#x${i}`;
    // Visit every tab so every panel is drawn.
    for (const tab of ['about', 'risks', 'aftercare']) await page.locator(`${root} [data-tab=${tab}]`).click();
    const found = await page.evaluate((sel) => {
      const r = document.querySelector(sel).shadowRoot;
      const links = [...r.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
      return {
        markup: r.querySelectorAll('img, script, svg image, iframe, object, [onerror], [onload], [onmouseover]').length,
        badLinks: links.filter((h) => !/^(https:|tel:|mailto:|#)/.test(h)),
        name: r.querySelector('.clinic-card h2, .clinic-card h3, .clinic-card strong')?.textContent ?? null,
      };
    }, root);
    assert.equal(found.markup, 0, `no injected element in ${root}`);
    assert.deepEqual(found.badLinks, [], `only https/tel/mailto/# links in ${root}`);
    if (PAYLOADS[i].length <= 120) assert.equal(found.name, PAYLOADS[i], 'the clinic name shows as literal text');
  }
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.equal(await page.evaluate(() => window.dialogs), 0);
  const strays = log.requests.filter((u) => /xss|javascript:|data:text/.test(u));
  assert.deepEqual(strays, []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('injection: a content override with markup, script links and CSS stays text; unsafe links are refused', async () => {
  const { page, log, context } = await openPage(env, '/hosts/dynamic.html');
  // (A file that replaces a tab's blocks keeps its required safety statements, here "adults
  // only" and the ingredients.)
  const texts = { title: PAYLOADS[0], sections: [{ id: 'about', heading: PAYLOADS[1], blocks: [{ type: 'paragraph', text: PAYLOADS[2] }, { type: 'paragraph', id: 'adults-only', text: 'For adults only.' }, { type: 'paragraph', id: 'ingredients', text: 'What is in it.' }] }] };
  const badLink = { sources: [{ id: 'nhs-botox', url: 'javascript:window.__xss=1' }] };
  await context.route('**/texts.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(texts) }));
  await context.route('**/badlink.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(badLink) }));
  await watch(page);
  await page.reload();
  await page.evaluate(() => { addElement('texts', { 'content-url': '/texts.json' }); addElement('badlink', { 'content-url': '/badlink.json' }); });
  await page.locator('#texts .title').getByText(PAYLOADS[0]).waitFor();
  assert.equal(await page.locator('#texts #bg-panel-about h2, #texts #bg-panel-about h3').first().textContent(), PAYLOADS[1]);
  assert.ok((await shadowText(page, '#texts')).includes(PAYLOADS[2]));
  assert.equal(await page.evaluate(() => document.querySelector('#texts').shadowRoot.querySelectorAll('img, script, svg image').length), 0);
  await page.locator('#badlink .notice').waitFor();
  const events = await page.evaluate(() => errorEvents);
  assert.equal(events.length, 1);
  assert.match(events[0], /source `nhs-botox` has a URL that is not https/);
  const hrefs = await page.evaluate(() => [...document.querySelector('#badlink').shadowRoot.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')));
  assert.ok(!hrefs.some((h) => h.startsWith('javascript:')));
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.deepEqual(log.requests.filter((u) => /xss/.test(u)), []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('content-url failures: timeout, too large, invalid JSON, schema error with its path; a partial file merges', async () => {
  const { page, log, context } = await openPage(env, '/hosts/dynamic.html');
  await context.route('**/slow.json', () => { /* never answers */ });
  await context.route('**/big.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify({ title: 'x'.repeat(300 * 1024) }) }));
  await context.route('**/syntax.json', (r) => r.fulfill({ contentType: 'application/json', body: '{"title": "x",\n "ui": }' }));
  await context.route('**/schema.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify({ aftercare: { steps: [{ id: 'right-after', title: 7 }] } }) }));
  await context.route('**/partial.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify({
    reviewed_by: 'Dr Ana Ruiz, MD', reviewed_on: '2026-10-01',
    aftercare: { steps: [{ id: 'right-after', title: 'Before you leave Lakeside' }] },
  }) }));
  await watch(page);
  await page.reload();
  await page.evaluate(() => ['slow', 'big', 'syntax', 'schema', 'partial'].forEach((id) => addElement(id, { 'content-url': `/${id}.json` })));
  await page.locator('#partial [data-tab=aftercare]').click();
  await page.locator('#partial').getByText('Before you leave Lakeside').waitFor();
  assert.match(await shadowText(page, '#partial'), /Medically reviewed by Dr Ana Ruiz, MD\. Last medically reviewed on October 1, 2026\./);
  assert.match(await shadowText(page, '#partial'), /Within 4 hours|first 4 hours/i, 'the other steps are still the built-in ones');
  await page.waitForFunction(() => errorEvents.length === 4, null, { timeout: 15000 });
  const warnings = log.console.filter((m) => m.type === 'warning' && /content-url/.test(m.text)).map((m) => m.text);
  assert.equal(warnings.length, 4, 'one console warning per failed file');
  const about = (id) => warnings.find((w) => w.includes(`/${id}.json`));
  assert.match(about('slow'), /no answer within 5 seconds/);
  assert.match(about('big'), /larger than the 256 KB limit/);
  assert.match(about('syntax'), /not valid JSON: line 2, column 8/);
  assert.match(about('schema'), /content\.aftercare\.steps\[2\]\.title: expected text, found a number/);
  for (const id of ['slow', 'big', 'syntax', 'schema']) {
    await page.locator(`#${id} .notice`).waitFor();
    assert.equal(await page.locator(`#${id} .title`).textContent(), 'Botox: a plain-language guide');
  }
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('privacy: a full visit requests only the widget\'s own files, sets no cookie, and stores only the namespaced plan', async () => {
  const { page, log, context } = await openPage(env, '/');
  await widgetsReady(page);
  for (const tab of ['about', 'wrinkles', 'risks', 'migraine', 'choosing', 'aftercare']) {
    await page.locator(`botox-guide [data-tab=${tab}]`).click();
    await page.locator(`botox-guide #bg-panel-${tab}`).waitFor();
  }
  await page.locator('botox-guide input[type=radio]').last().check();
  await page.locator('botox-guide #bg-treated-at').fill('2026-12-02T15:00');
  await page.locator('botox-guide .step-now input[type=checkbox]').first().check();
  await page.locator('botox-guide details summary').last().click();
  const allowed = new Set(['/', '/embed.js', '/botox-guide.js', '/botox-guide_bg.wasm', '/favicon.ico']);
  const paths = log.requests.map((u) => new URL(u));
  assert.deepEqual(paths.filter((u) => u.origin !== env.url), [], 'no other origin');
  assert.deepEqual(paths.map((u) => u.pathname).filter((p) => !allowed.has(p)), [], 'only the widget\'s own files');
  assert.deepEqual(await context.cookies(), []);
  assert.equal(await page.evaluate(() => document.cookie), '');
  const keys = await page.evaluate(() => Object.keys(localStorage));
  assert.deepEqual(keys, ['botox-guide:v1:lakeside-dermatology-headache-clinic']);
  assert.equal(await page.evaluate(() => sessionStorage.length), 0);
  await page.locator('botox-guide').getByRole('button', { name: /forget/i }).click();
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), [], '"forget" removes it');
  await context.close();
});

test('storage that throws on every call: the planner still works for the visit, nothing thrown', async () => {
  const { page, log, context } = await openPage(env, '/hosts/plain.html');
  await page.addInitScript(() => {
    for (const m of ['getItem', 'setItem', 'removeItem', 'key', 'clear']) Storage.prototype[m] = () => { throw new DOMException('blocked', 'SecurityError'); };
  });
  await page.reload();
  await widgetsReady(page);
  await page.locator('botox-guide [data-tab=aftercare]').click();
  await page.locator('botox-guide #bg-treated-at').fill('2026-12-02T15:00');
  await page.locator('botox-guide .step-now').waitFor();
  const box = page.locator('botox-guide .step-now input[type=checkbox]').first();
  await box.check();
  assert.ok(await box.isChecked());
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('an element removed while the wasm is loading leaves nothing behind and throws nothing', async () => {
  const { page, log, context } = await openPage(env, '/hosts/dynamic.html');
  const release = await holdWasm(context);
  await page.reload({ waitUntil: 'domcontentloaded' });
  await page.evaluate(() => { addElement('gone'); addElement('kept'); });
  await page.waitForFunction(() => document.querySelector('#gone').shadowRoot);
  await page.evaluate(() => { window.goneEl = document.querySelector('#gone'); goneEl.remove(); });
  release();
  await widgetsReady(page, 1);
  await frames(page);
  assert.equal(await page.evaluate(() => BotoxGuide.stats().instances), 1);
  assert.equal(await page.evaluate(() => !!goneEl.shadowRoot.querySelector('.root:not([data-shell])')), false, 'no live widget for the removed element');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('20 instances on one page: all render and every one switches tabs on its own', async () => {
  const { page, log, context } = await openPage(env, '/hosts/dynamic.html');
  await page.evaluate(() => { for (let i = 0; i < 20; i++) addElement('w' + i, { 'clinic-name': 'Clinic ' + i }); });
  await widgetsReady(page, 20);
  const tabs = ['about', 'wrinkles', 'risks', 'migraine', 'choosing', 'aftercare'];
  for (let i = 0; i < 20; i++) await page.locator(`#w${i} [data-tab=${tabs[i % 6]}]`).click();
  const selected = await page.evaluate(() => [...document.querySelectorAll('botox-guide')].map((w) => w.shadowRoot.querySelector('[role=tab][aria-selected=true]').dataset.tab));
  assert.deepEqual(selected, Array.from({ length: 20 }, (_, i) => tabs[i % 6]));
  assert.equal(await page.evaluate(() => BotoxGuide.stats().instances), 20);
  assert.deepEqual(log.errors, []);
  await context.close();
});
