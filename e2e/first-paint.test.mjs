// The first paint costs the host page nothing (issue: fit the host page). The recommended
// embed (README) is the guide laid out by `BotoxGuide.prerender` and pasted in the page's
// HTML, with embed.js deferred: the guide paints with the page while embed.js is still on its
// way, with the clinic's card, and nothing moves when embed.js and then the wasm take over.
// Every other documented embed form is held to "no layout shift" too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { brotliCompressSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { start, openPage, widgetsReady, allPanelsRendered, idleCallbacksRun } from './helpers.mjs';
import { inPageEmbed } from './in-page.mjs';

let env;
let inPage;
before(async () => {
  env = await start();
  const { page, context } = await openPage(env, '/builder.html');
  inPage = await inPageEmbed(page, env.url, await (await fetch(env.url + '/index.html')).text());
  await context.close();
});
after(async () => { await env.close(); });

/** A context whose embed.js waits until `release()`; the page logs its layout shifts. */
async function heldPage(viewport) {
  const context = await env.browser.newContext({ viewport });
  let release;
  const gate = new Promise((r) => { release = r; });
  await context.route(/\/embed\.js$/, async (route) => { await gate; await route.continue(); });
  await context.route(env.url + '/in-page.html', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: inPage }));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()); });
  await page.addInitScript(() => {
    window.shifts = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => shifts.push(e.value))).observe({ type: 'layout-shift', buffered: true });
  });
  return { context, page, errors, release };
}

/** Where the guide and what follows it are, and what of the guide is on screen. */
const boxes = (page) => page.evaluate(() => {
  const el = document.querySelector('botox-guide');
  const root = el.shadowRoot;
  const r = (x) => { const b = x.getBoundingClientRect(); return [Math.round(b.top), Math.round(b.height)]; };
  const panel = root.querySelector('[role=tabpanel]:not([hidden])');
  return {
    guide: r(el), after: r(document.getElementById('visit')), panel: panel && [panel.id, ...r(panel)],
    tabs: [...root.querySelectorAll('[role=tab]')].map((t) => t.textContent),
    card: root.querySelector('.clinic-card h2')?.textContent, color: getComputedStyle(root.querySelector('.root')).backgroundColor,
  };
});

for (const viewport of [{ width: 390, height: 844 }, { width: 1000, height: 900 }]) {
  test(`recommended embed at ${viewport.width}×${viewport.height}: the guide paints with the page while embed.js is held, and nothing moves when it and the wasm run`, async () => {
    const { context, page, errors, release } = await heldPage(viewport);
    await page.goto(env.url + '/in-page.html', { waitUntil: 'commit' });
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0 && document.querySelector('botox-guide')?.shadowRoot?.querySelector('.root'));
    await page.waitForFunction(() => document.getElementById('visit') && getComputedStyle(document.querySelector('botox-guide')).contentVisibility === 'visible');
    assert.equal(await page.evaluate(() => typeof window.BotoxGuide), 'undefined', 'embed.js has not run: nothing waited for it');
    const before = await boxes(page);
    assert.equal(before.tabs.length, 6);
    assert.equal(before.card, 'Lakeside Dermatology & Headache Clinic', 'the clinic card is in the pasted guide');
    assert.equal(before.panel[0], 'bg-panel-about');
    assert.ok(before.panel[2] > 200, 'the first panel has its text');
    assert.notEqual(before.color, 'rgba(0, 0, 0, 0)', 'styled from the start (the stylesheet is inline)');
    release();
    // After the page's load, embed.js comes and waits: no wasm, nothing repainted.
    await page.waitForFunction(() => window.BotoxGuide && document.readyState === 'complete');
    await idleCallbacksRun(page);
    assert.equal(await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.wasm')).length), 0, 'no wasm until the visitor touches the guide');
    assert.deepEqual(await boxes(page), before);
    // The visitor's first touch (here a keyboard focus on the tab shown) wakes it.
    await page.locator('botox-guide [role=tab][aria-selected=true]').focus();
    await widgetsReady(page);
    await allPanelsRendered(page);
    assert.equal(await page.evaluate(() => document.querySelector('botox-guide').shadowRoot.activeElement?.dataset.tab), 'about', 'the focus is where the visitor put it');
    assert.deepEqual(await boxes(page), before, 'the same place, size, tabs, card and colours live');
    assert.deepEqual(await page.evaluate(() => shifts), [], 'no layout shift');
    await page.locator('botox-guide [data-tab=risks]').click();
    await page.locator('botox-guide #bg-panel-risks').getByText('The short version').first().waitFor();
    assert.ok(await page.locator('botox-guide').getByText('Most important safety information').isVisible());
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the builder\'s prerender: only what is on screen, the stylesheet inline, for any language, market and options', async () => {
  const { page, log, context } = await openPage(env, '/builder.html');
  await page.waitForFunction(() => window.BotoxGuide && document.querySelector('#preview-guide').shadowRoot?.adoptedStyleSheets.length);
  const widgets = await page.evaluate(() => BotoxGuide.stats().instances);
  const read = (options, nonce) => page.evaluate(async ([o, n]) => {
    const html = await BOTOX_GUIDE_BUILDER.prerender(o, n);
    const host = document.createElement('div');
    host.setHTMLUnsafe(`<botox-guide-copy>${html}</botox-guide-copy>`);
    const root = host.firstChild.shadowRoot;
    const hidden = [...root.querySelectorAll('[hidden]')];
    return {
      html, styles: root.querySelectorAll('style').length, nonce: root.querySelector('style').getAttribute('nonce'), links: root.querySelectorAll('link').length,
      hiddenEmpty: hidden.every((h) => h.childNodes.length === 0), hiddenPanels: hidden.filter((h) => h.getAttribute('role') === 'tabpanel').map((h) => h.id),
      shown: root.querySelector('[role=tabpanel]:not([hidden])')?.id, tabs: [...root.querySelectorAll('[role=tab]')].map((t) => t.dataset.tab),
      text: root.querySelector('.root').textContent, theme: root.querySelector('.root').dataset.theme,
      style: root.querySelector('style').textContent, hold: BOTOX_GUIDE_BUILDER.hold, fullStyle: [...document.querySelector('botox-guide').shadowRoot.adoptedStyleSheets[0].cssRules].map((r) => r.cssText).join(''),
    };
  }, [options, nonce]);

  const plain = await read({ 'clinic-name': 'Harbour <Clinic>', phone: '+1 555 0100', tab: 'risks' }, 'n0nce"x');
  assert.equal(plain.styles, 1);
  assert.equal(plain.links, 0);
  assert.equal(plain.nonce, 'n0nce"x');
  assert.ok(plain.hiddenEmpty, 'hidden parts are kept empty');
  assert.equal(plain.shown, 'bg-panel-risks');
  assert.deepEqual(plain.hiddenPanels.sort(), ['bg-panel-about', 'bg-panel-aftercare', 'bg-panel-choosing', 'bg-panel-migraine', 'bg-panel-wrinkles']);
  assert.match(plain.text, /Harbour <Clinic>/);
  assert.match(plain.text, /Call \+1 555 0100/);
  assert.match(plain.text, /Most important safety information/);
  assert.equal(plain.theme, 'light');
  // Smaller than the whole guide pasted (botox-guide-snippet.html), stylesheet included.
  const full = brotliCompressSync(readFileSync('dist/botox-guide-snippet.html')).length;
  const mine = brotliCompressSync(plain.html).length;
  assert.ok(mine < full * 0.7, `${mine} bytes brotli against ${full} for the whole guide`);

  // Only the rules that can apply to what is pasted (in any state): the host's, the tabs'
  // (hover and focus too), none of the risk cards' (closed) or the printed sheet's.
  // First the hold that keeps the pasted guide out of the page's first frame (not in the
  // live widget's stylesheet: embed.js never needs it), then the host's rules.
  assert.match(plain.hold, /^:host\(:not\(:defined\)\)\{animation:/);
  assert.ok(plain.style.startsWith(plain.hold), plain.style.slice(0, 200));
  assert.doesNotMatch(plain.fullStyle, /botox-guide-hold/);
  assert.match(plain.style.slice(plain.hold.length), /^:host\s*\{/);
  assert.match(plain.style, /\.tab:hover/);
  assert.match(plain.style, /:focus-visible/);
  assert.doesNotMatch(plain.style, /\.risk-card|@media print/);
  assert.ok(plain.style.length < plain.fullStyle.length * 0.8, `${plain.style.length} characters of ${plain.fullStyle.length}`);
  const picked = await read({ sections: 'aftercare,about', theme: 'dark', heading: 'none' });
  assert.deepEqual(picked.tabs, ['aftercare', 'about']);
  assert.equal(picked.shown, 'bg-panel-aftercare');
  assert.equal(picked.theme, 'dark');
  assert.equal(picked.nonce, null);

  const uk = await read({ locale: 'es', market: 'es' });
  assert.match(uk.text, /112/, 'the Spanish market view: its emergency number');
  assert.match(uk.text, /Información de seguridad/i);
  assert.ok(log.requests.some((u) => u.endsWith('/botox-guide-es.js')), 'waited for the Spanish pack');
  assert.ok(log.requests.some((u) => u.endsWith('/botox-guide-market-es.js')), 'and the market file');

  // A refused value is named like any option, and the rest is still made.
  const warned = page.waitForEvent('console', { predicate: (m) => m.type() === 'warning' && m.text().includes('"theme" has the value "blue"') });
  const bad = await read({ theme: 'blue' });
  await warned;
  assert.equal(bad.theme, 'light');
  // A plan saved in this browser does not move the tab (the builder gives it).
  await page.evaluate(() => localStorage.setItem('botox-guide:v1:', JSON.stringify({ treatedAt: '2026-12-01T10:00' })));
  assert.equal((await read({})).shown, 'bg-panel-about');
  assert.equal(await page.evaluate(() => BotoxGuide.stats().instances), widgets, 'prerender leaves no widget behind');
  assert.deepEqual(log.errors.filter((e) => !e.includes('"theme"')), []);
  await context.close();
});

test('builder: the recommended snippet is the prerendered guide with its scripts added after the page\'s load, or at the first touch of the guide', async () => {
  const { page, context } = await openPage(env, '/builder.html');
  await page.fill('#opt-clinic-name', 'Harbour Clinic');
  await page.fill('#opt-phone', '+64 9 555 0100');
  await page.uncheck('#section-wrinkles');
  await page.selectOption('#opt-locale', 'es');
  await page.waitForFunction(() => {
    const t = document.getElementById('snippet-html-page').textContent;
    return t.includes('<template shadowrootmode') && t.includes('Harbour Clinic') && !t.includes('data-tab="wrinkles"');
  });
  await page.waitForFunction(() => document.getElementById('snippet-html-page').textContent.includes("'sha256-"));
  const snippet = await page.textContent('#snippet-html-page');
  // The hash a Content-Security-Policy needs is the inline script's own.
  const sha = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const scriptHash = sha(snippet.match(/<script>([\s\S]*?)<\/script>/)[1]);
  // Two inline styles: the colour tokens' registrations (for the document) and the guide's own.
  const styles = [...snippet.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  assert.equal(styles.length, 2, 'the registrations and the guide\'s stylesheet');
  assert.match(styles[0], /^(@property --botox-guide-used-[a-z-]+\{[^}]*\})+$/, 'only the guide\'s own registrations');
  const styleHash = styles.map(sha).join(' ');
  assert.ok(snippet.includes(`add script-src ${scriptHash} and style-src ${styleHash}.`), 'the hashes of the inline script and styles');
  // On a page whose policy allows only those two hashes (and the CDN, served here from this
  // build), the pasted snippet works as it is.
  const strict = await context.newPage();
  await context.route('https://cdn.jsdelivr.net/**', (route) => route.fulfill({ path: 'dist/' + new URL(route.request().url()).pathname.split('/').pop(), headers: { 'access-control-allow-origin': '*', 'content-type': route.request().url().endsWith('.wasm') ? 'application/wasm' : 'text/javascript' } }));
  await context.route(env.url + '/strict.html', (route) => route.fulfill({ contentType: 'text/html', headers: { 'content-security-policy': `default-src 'self'; script-src https://cdn.jsdelivr.net 'wasm-unsafe-eval' ${scriptHash}; style-src ${styleHash}; connect-src https://cdn.jsdelivr.net` }, body: `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Clínica</title></head><body>\n${snippet}</body></html>` }));
  const violations = [];
  strict.on('console', (m) => { if (/Content Security Policy|Refused/.test(m.text())) violations.push(m.text()); });
  await strict.goto(env.url + '/strict.html');
  assert.notEqual(await strict.evaluate(() => getComputedStyle(document.querySelector('botox-guide').shadowRoot.querySelector('.root')).backgroundColor), 'rgba(0, 0, 0, 0)', 'styled by the inline style');
  await strict.waitForFunction(() => window.BotoxGuide);
  await strict.locator('botox-guide [data-tab=risks]').click();
  await widgetsReady(strict);
  assert.deepEqual(violations, []);
  await strict.close();
  assert.match(snippet, /^<botox-guide clinic-name="Harbour Clinic" phone="\+64 9 555 0100" locale="es" sections="about,risks,migraine,choosing,aftercare">\n<style>@property [^\n]*?<\/style><template/);
  assert.match(snippet, /Botox: una guía en lenguaje sencillo/, 'laid out in the language chosen');
  assert.match(snippet, /\[\["https:\/\/cdn\.jsdelivr\.net\/npm\/botox-guide@[0-9.]+\/dist\/botox-guide-es\.js","sha256-[^"]+"\],\["https:\/\/cdn\.jsdelivr\.net\/npm\/botox-guide@[0-9.]+\/dist\/embed\.js","sha384-[^"]+"\]\]/, 'the Spanish pack, then embed.js, each with its integrity');
  // Pasted into a clinic's page whose own load is slow (an image that takes its time), served from this build.
  const local = snippet.replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/botox-guide@[0-9.]+\/dist\//g, env.url + '/');
  let releaseImage;
  const image = new Promise((r) => { releaseImage = r; });
  await context.route(env.url + '/slow.svg', async (route) => { await image; await route.fulfill({ contentType: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>' }); });
  await context.route(env.url + '/pasted.html', (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Clínica</title></head><body><h1>Nuestra clínica</h1>\n${local}<p id="after">Horario <img src="/slow.svg" alt=""></p></body></html>` }));
  const pasted = await context.newPage();
  const requested = [];
  pasted.on('request', (r) => requested.push(r.url().split('/').pop()));
  await pasted.goto(env.url + '/pasted.html', { waitUntil: 'domcontentloaded' });
  await pasted.waitForFunction(() => document.querySelector('botox-guide').shadowRoot?.querySelector('.clinic-card'));
  assert.ok(!requested.includes('embed.js'), 'nothing of the guide is fetched before the page has loaded');
  // The pasted registrations count with no script of the guide's: the derived colour is
  // already a colour, not the expression each element would work out again.
  const accent = () => pasted.evaluate(() => getComputedStyle(document.querySelector('botox-guide').shadowRoot.querySelector('.root')).getPropertyValue('--botox-guide-used-color-accent'));
  assert.match(await accent(), /^(rgb|color)\(/, 'registered by the pasted style');
  const at = () => pasted.evaluate(() => Math.round(document.getElementById('after').getBoundingClientRect().top));
  const top = await at();
  await pasted.locator('botox-guide [data-tab=risks]').dispatchEvent('pointerdown');
  await pasted.waitForFunction(() => window.BotoxGuide);
  assert.deepEqual(requested.filter((u) => u.endsWith('.js')), ['botox-guide-es.js', 'embed.js'], 'the first touch of the guide loads its scripts, in order');
  releaseImage();
  await pasted.waitForFunction(() => document.readyState === 'complete');
  assert.equal(await at(), top, 'what follows the guide did not move');
  // A tap on a tab: the full view is painted on that tab, and the wasm takes over there.
  await pasted.locator('botox-guide [data-tab=risks]').click();
  await widgetsReady(pasted);
  assert.equal(await pasted.locator('botox-guide [role=tab][aria-selected=true]').getAttribute('data-tab'), 'risks');
  assert.equal(await pasted.locator('botox-guide .clinic-card h2').textContent(), 'Harbour Clinic');
  assert.equal(await pasted.locator('botox-guide [role=tab]').first().textContent(), 'Qué es el Botox');
  await context.close();
});

test('every documented embed form: no layout shift while the widget loads (embed.js slowed down)', async () => {
  const forms = [['/index.html', 'one line'], ['/in-page.html', 'the guide in the page (recommended)'], ['/perf-defer.html', 'deferred, space reserved'], ['/perf-far-lazy.html', 'lazy, far below'], ['/hosts/snippet.html', 'whole guide pasted']];
  for (const viewport of [{ width: 390, height: 844 }, { width: 1000, height: 900 }]) {
    for (const [path, name] of forms) {
      const { context, page, release } = await heldPage(viewport);
      await page.goto(env.url + path, { waitUntil: 'commit' });
      await page.waitForFunction(() => document.readyState !== 'loading' || performance.getEntriesByName('first-contentful-paint').length);
      release();
      if (path.includes('lazy')) {
        await page.waitForFunction(() => window.BotoxGuide);
        await page.evaluate(() => document.querySelector('botox-guide').scrollIntoView());
      }
      if (path.includes('snippet') || path.includes('in-page')) {
        await page.waitForFunction(() => window.BotoxGuide);
        await page.locator('botox-guide [role=tab][aria-selected=true]').focus();
      }
      await widgetsReady(page);
      await allPanelsRendered(page);
      assert.deepEqual(await page.evaluate(() => shifts), [], `${name} at ${viewport.width}×${viewport.height}`);
      await context.close();
    }
  }
});

test('a guide pasted from another build is painted over at once, with a console warning naming both versions', async () => {
  const version = inPage.match(/data-shell="([^"]+)"/)[1];
  const old = inPage.replace(`data-shell="${version}"`, 'data-shell="0.0.1"');
  const context = await env.browser.newContext();
  await context.route(env.url + '/old.html', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: old }));
  const page = await context.newPage();
  const warned = page.waitForEvent('console', { predicate: (m) => m.type() === 'warning' && m.text().includes('the pasted guide is from version 0.0.1') });
  await page.goto(env.url + '/old.html');
  assert.match((await warned).text(), new RegExp(`but embed\\.js is ${version.replace(/\./g, '\\.')}; it is ignored\\. Use files from one build`));
  // Painted over without a touch: the hidden panels have their content.
  await page.waitForFunction(() => document.querySelector('botox-guide').shadowRoot.getElementById('bg-panel-risks').childElementCount > 0);
  await context.close();
});

test('a pasted guide listens from the moment embed.js has run, and reads the options and storage only in the task after; a returning visitor\'s plan still wakes it at once', async () => {
  const run = async (saved) => {
    const context = await env.browser.newContext();
    await context.route(env.url + '/in-page.html', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: inPage }));
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.addInitScript((saved) => {
      if (saved) localStorage.setItem('botox-guide:v1:', JSON.stringify({ treatedAt: '2026-12-01T10:00' }));
      // Every read of localStorage counted (the loader's only way to see a saved plan).
      const own = Object.getOwnPropertyDescriptor(window, 'localStorage') ?? Object.getOwnPropertyDescriptor(Window.prototype, 'localStorage');
      window.storageReads = 0;
      Object.defineProperty(window, 'localStorage', { configurable: true, get() { window.storageReads++; return own.get.call(window); } });
      // embed.js's load event comes in the task that ran it (seen from the document: a
      // load event does not reach the window).
      document.addEventListener('load', (e) => {
        if (!e.target.src?.endsWith('/embed.js')) return;
        window.atEmbed = { reads: window.storageReads, defined: !!window.BotoxGuide };
        // A tap in that same task (before the options were read) must wake the guide.
        if (!saved) document.querySelector('botox-guide').shadowRoot.querySelector('[role=tab][aria-selected=true]').dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      }, true);
    }, saved);
    await page.goto(env.url + '/in-page.html');
    await page.waitForFunction(() => window.atEmbed);
    assert.deepEqual(await page.evaluate(() => window.atEmbed), { reads: 0, defined: true }, 'embed.js ran without reading storage in its own task');
    await widgetsReady(page);
    assert.ok(await page.evaluate(() => window.storageReads) > 0, 'read in a later task');
    assert.deepEqual(errors, []);
    await context.close();
  };
  await run(false);
  await run(true);
});

test('a pasted guide sits out the page\'s first frame (its place held, a screen high) and paints in the next, with or without JavaScript; once embed.js has defined the element it is never held again, and a page can turn the hold off', async () => {
  for (const viewport of [{ width: 390, height: 844 }, { width: 1000, height: 900 }]) {
    const { context, page, errors, release } = await heldPage(viewport);
    // Each frame's view of the guide, from the first frame that has it.
    await page.addInitScript(() => {
      window.seen = [];
      const look = () => {
        const el = document.querySelector('botox-guide');
        if (el?.shadowRoot) window.seen.push({ cv: getComputedStyle(el).contentVisibility, height: Math.round(el.getBoundingClientRect().height) });
        if (window.seen.length < 3) requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await page.goto(env.url + '/in-page.html', { waitUntil: 'commit' });
    await page.waitForFunction(() => window.seen.length >= 3);
    const seen = await page.evaluate(() => window.seen);
    assert.deepEqual(seen[0], { cv: 'hidden', height: viewport.height }, `the first frame holds a screen's height: ${JSON.stringify(seen)}`);
    assert.equal(seen[1].cv, 'visible', 'painted in the next frame');
    assert.ok(seen[1].height > viewport.height, `taller than the screen, so what follows was off screen in both frames (${seen[1].height})`);
    assert.deepEqual(await page.evaluate(() => shifts), [], 'no layout shift');
    // After embed.js (the element defined), taking the guide out and putting it back (a
    // page's tabs or accordion) shows it at once.
    release();
    await page.waitForFunction(() => customElements.get('botox-guide'));
    const again = await page.evaluate(() => new Promise((resolve) => {
      const el = document.querySelector('botox-guide');
      const parent = el.parentNode;
      el.remove();
      parent.appendChild(el);
      requestAnimationFrame(() => resolve(getComputedStyle(el).contentVisibility));
    }));
    assert.equal(again, 'visible');
    assert.deepEqual(errors, []);
    await context.close();
  }
  // A page that wants the guide in its very first frame says so in its own stylesheet.
  {
    const context = await env.browser.newContext();
    await context.route(env.url + '/in-page.html', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: inPage.replace('</style>', 'botox-guide { animation: none; }</style>') }));
    const page = await context.newPage();
    await page.addInitScript(() => {
      const look = () => {
        const el = document.querySelector('botox-guide');
        if (el?.shadowRoot) window.first = getComputedStyle(el).contentVisibility;
        else requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await page.goto(env.url + '/in-page.html');
    await page.waitForFunction(() => window.first);
    assert.equal(await page.evaluate(() => window.first), 'visible', 'not held');
    await context.close();
  }
  // No JavaScript: the browser alone lets it paint.
  const context = await env.browser.newContext({ javaScriptEnabled: false });
  await context.route(env.url + '/in-page.html', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: inPage }));
  const page = await context.newPage();
  await page.goto(env.url + '/in-page.html');
  await page.waitForFunction(() => getComputedStyle(document.querySelector('botox-guide')).contentVisibility === 'visible');
  assert.ok(await page.evaluate(() => document.querySelector('botox-guide').shadowRoot.querySelector('[role=tabpanel]:not([hidden])').getBoundingClientRect().height) > 200, 'the first panel has its text');
  await context.close();
});
