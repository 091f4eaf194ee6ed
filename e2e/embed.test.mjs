// The one-script embed on different host pages: isolation, instances, API, events, options.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, openPage, widgetsReady, holdWasm, OUT, srgb, hex, frames, allPanelsRendered, idleCallbacksRun } from './helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

/** Fraction of pixels that differ between two PNG screenshots (decoded in the browser). */
async function pixelDiff(page, a, b) {
  return page.evaluate(async ([a, b]) => {
    const load = async (b64) => createImageBitmap(await (await fetch('data:image/png;base64,' + b64)).blob());
    const [ia, ib] = [await load(a), await load(b)];
    // Sub-pixel placement on the page may round the element box by a pixel.
    if (Math.abs(ia.width - ib.width) > 2 || Math.abs(ia.height - ib.height) > 2) return 1;
    const w = Math.min(ia.width, ib.width), h = Math.min(ia.height, ib.height);
    const px = (img) => {
      const c = new OffscreenCanvas(w, h);
      const g = c.getContext('2d');
      g.drawImage(img, 0, 0);
      return g.getImageData(0, 0, w, h).data;
    };
    const [pa, pb] = [px(ia), px(ib)];
    let diff = 0;
    for (let i = 0; i < pa.length; i += 4) {
      if (Math.abs(pa[i] - pb[i]) + Math.abs(pa[i + 1] - pb[i + 1]) + Math.abs(pa[i + 2] - pb[i + 2]) > 48) diff++;
    }
    return diff / (pa.length / 4);
  }, [a.toString('base64'), b.toString('base64')]);
}

test('hostile host CSS: the widget looks the same as on a plain page, and host elements keep their own styles', async () => {
  const plain = await openPage(env, '/hosts/plain.html');
  await widgetsReady(plain.page);
  const hostile = await openPage(env, '/hosts/hostile.html');
  await widgetsReady(hostile.page);
  const shotPlain = await plain.page.locator('botox-guide').screenshot({ path: `${OUT}/host-plain.png` });
  const shotHostile = await hostile.page.locator('botox-guide').screenshot({ path: `${OUT}/host-hostile.png` });
  const diff = await pixelDiff(plain.page, shotPlain, shotHostile);
  assert.ok(diff < 0.01, `widget differs on ${(diff * 100).toFixed(2)}% of pixels`);
  // The host page's own elements are untouched by the widget's CSS.
  const host = await hostile.page.evaluate(() => {
    const s = (id) => getComputedStyle(document.getElementById(id));
    return { button: s('host-button').backgroundColor, p: s('host-text').fontSize, h1: s('host-heading').fontSize };
  });
  assert.deepEqual(host, { button: 'rgb(255, 105, 180)', p: '8px', h1: '60px' });
  // Sizes do not follow the host's rem (html { font-size: 62.5% }).
  const fontSize = await hostile.page.locator('botox-guide .root').evaluate((e) => getComputedStyle(e).fontSize);
  assert.equal(fontSize, '16px');
  for (const p of [plain, hostile]) {
    assert.equal(await p.page.evaluate(() => document.head.querySelectorAll('style').length), 1,
      'only the page\'s own <style> is in <head>');
    assert.deepEqual(p.log.errors, []);
    await p.context.close();
  }
});

test('three instances keep separate state and options', async () => {
  const { page, log, context } = await openPage(env, '/hosts/three.html');
  await widgetsReady(page, 3);
  const selected = () => page.evaluate(() => ['a', 'b', 'c'].map((id) =>
    document.getElementById(id).shadowRoot.querySelector('[role=tab][aria-selected=true]').dataset.tab));
  assert.deepEqual(await selected(), ['about', 'migraine', 'choosing']);
  await page.locator('#a [data-tab=aftercare]').click();
  assert.deepEqual(await selected(), ['aftercare', 'migraine', 'choosing']);
  assert.equal(await page.locator('#b [role=tab]').count(), 3, 'b shows only its three sections');
  assert.equal(await page.locator('#b .root').getAttribute('data-theme'), 'dark');
  assert.equal(await page.locator('#c a.button-primary').getAttribute('href'), 'https://clinic-c.example/book');
  const accent = async (id) => srgb(await page.locator(`#${id} [role=tab][aria-selected=true]`).evaluate((e) => getComputedStyle(e).color));
  // b is dark, so its plum #7a1fa2 is lightened to stay readable, keeping its hue; a keeps the default teal.
  const [r, g, b] = await accent('b');
  assert.ok(r > g && b > g + 30, `instance b is themed purple: ${[r, g, b]}`);
  assert.deepEqual(await accent('a'), hex('#0b6b66'), 'the host CSS variable themes instance b only');
  await page.screenshot({ path: `${OUT}/three-instances.png`, fullPage: true });
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('widgets added after load mount once; removed ones are freed; attribute changes update', async () => {
  const { page, log, context } = await openPage(env, '/hosts/dynamic.html');
  await page.evaluate(() => BotoxGuide.ready.then(() => true));
  await page.evaluate(() => { addDiv('d1', { tab: 'risks' }); addElement('e1', { tab: 'migraine' }); });
  await widgetsReady(page, 2);
  assert.equal(await page.locator('#d1 [role=tab][aria-selected=true]').getAttribute('data-tab'), 'risks');
  assert.equal(await page.locator('#e1 [role=tab][aria-selected=true]').getAttribute('data-tab'), 'migraine');
  // Mounting again by hand, or moving the element, never mounts a second copy.
  await page.evaluate(() => { BotoxGuide.mount(document.getElementById('d1')); const e = document.getElementById('e1'); e.parentNode.appendChild(e); });
  await frames(page);
  assert.equal(await page.locator('#d1 [role=tablist]').count(), 1);
  assert.equal(await page.locator('#e1 [role=tablist]').count(), 1);
  // Attribute changes on a live element update it.
  await page.evaluate(() => { document.getElementById('e1').setAttribute('tab', 'aftercare'); document.getElementById('d1').setAttribute('data-clinic-name', 'Late Clinic'); });
  await page.locator('#e1 [data-tab=aftercare][aria-selected=true]').waitFor();
  await page.locator('#d1 .clinic-card').getByText('Late Clinic').waitFor();
  // Removing frees the instance: its shadow content is gone.
  await page.evaluate(() => { window.removed = document.getElementById('d1'); window.removed.remove(); });
  await page.waitForFunction(() => !window.removed.shadowRoot.querySelector('[role=tablist]'));
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('events fire once with the documented detail, bubbling out of the shadow root', async () => {
  const { page, log, context } = await openPage(env, '/hosts/dynamic.html');
  await page.evaluate(() => BotoxGuide.ready.then(() => true));
  await page.evaluate(() => {
    window.seen = [];
    ['ready', 'tab-change', 'cta-click', 'error'].forEach((n) => document.addEventListener('botox-guide:' + n,
      (e) => seen.push({ type: e.type, detail: e.detail, target: e.target.id, composed: e.composed, bubbles: e.bubbles })));
    addElement('w', { phone: '+1 555 0100', 'booking-url': 'https://book.example/x' });
  });
  await widgetsReady(page);
  await page.locator('#w [data-tab=risks]').click();
  await page.evaluate(() => {
    // Keep the test page where it is: cancel navigation after the widget saw the click.
    document.addEventListener('click', (e) => e.preventDefault());
  });
  await page.locator('#w a.button-primary').click();
  await page.locator('#w a[href^="tel:"]').click();
  const seen = await page.evaluate(() => seen);
  assert.deepEqual(seen, [
    { type: 'botox-guide:ready', detail: {}, target: 'w', composed: true, bubbles: true },
    { type: 'botox-guide:tab-change', detail: { tab: 'risks' }, target: 'w', composed: true, bubbles: true },
    { type: 'botox-guide:cta-click', detail: { kind: 'booking' }, target: 'w', composed: true, bubbles: true },
    { type: 'botox-guide:cta-click', detail: { kind: 'phone' }, target: 'w', composed: true, bubbles: true },
  ]);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('JS API: mount, update and unmount; loading embed.js twice mounts nothing twice', async () => {
  const { page, log, context } = await openPage(env, '/hosts/dynamic.html');
  await page.evaluate(() => BotoxGuide.ready.then(() => true));
  await page.addScriptTag({ url: '/embed.js' });
  await page.evaluate(() => {
    const el = document.createElement('section');
    el.id = 'api';
    document.body.appendChild(el);
    window.handle = BotoxGuide.mount(el, { clinicName: 'API Clinic', tab: 'wrinkles' });
    addElement('twice');
  });
  await widgetsReady(page, 1);
  await page.waitForFunction(() => document.getElementById('api').shadowRoot?.querySelector('.root:not([data-shell]) [role=tablist]'));
  assert.equal(await page.locator('#api [role=tab][aria-selected=true]').getAttribute('data-tab'), 'wrinkles');
  await page.evaluate(() => handle.update({ tab: 'choosing' }));
  await page.locator('#api [data-tab=choosing][aria-selected=true]').waitFor();
  assert.equal(await page.locator('#api .clinic-card h2').textContent(), 'API Clinic', 'update keeps earlier options');
  assert.equal(await page.locator('#twice [role=tablist]').count(), 1);
  await page.evaluate(() => handle.unmount());
  assert.equal(await page.locator('#api [role=tablist]').count(), 0);
  assert.deepEqual(log.errors, []);
  await context.close();
});

const BAD = [
  ['tab', 'pricing'], ['booking-url', 'http://insecure.example'], ['phone', 'call-me'],
  ['locale', 'xx'], ['sections', 'about,,bogus'], ['treatment', 'lips'], ['theme', 'neon'],
  ['content-url', 'ftp://x.example/c.json'], ['deep-link', 'maybe'], ['reviewed-on', 'yesterday'],
];

test('every bad option gives exactly one console warning naming it, and the widget still renders', async () => {
  const { page, log, context } = await openPage(env, '/hosts/dynamic.html');
  await page.evaluate(() => BotoxGuide.ready.then(() => true));
  for (const [name, value] of BAD) {
    const before = log.console.length;
    await page.evaluate(([name, value]) => { addElement('bad-' + name, { [name]: value }); }, [name, value]);
    await page.waitForFunction((id) => document.getElementById(id).shadowRoot?.querySelector('.root:not([data-shell]) [role=tablist]'), 'bad-' + name);
    const warnings = log.console.slice(before).filter((m) => m.type === 'warning');
    assert.equal(warnings.length, 1, `${name}=${value}: ${JSON.stringify(warnings)}`);
    assert.ok(warnings[0].text.includes(`"${name}"`) && warnings[0].text.includes(`"${value}"`) && warnings[0].text.includes('Expected'), warnings[0].text);
    // Changing another attribute later does not repeat the warning.
    await page.evaluate((id) => document.getElementById(id).setAttribute('clinic-name', 'X'), 'bad-' + name);
    await page.locator(`#bad-${name} .clinic-card`).waitFor();
    assert.equal(log.console.slice(before).filter((m) => m.type === 'warning').length, 1);
  }
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('no style of the widget in the host head, and no request leaves the page origin', async () => {
  const { page, log, context } = await openPage(env, '/');
  await widgetsReady(page);
  const headStyles = await page.evaluate(() => [...document.head.querySelectorAll('style,link[rel=stylesheet]')].map((s) => s.textContent.slice(0, 40)));
  assert.equal(headStyles.length, 1, 'only the demo page\'s own style');
  assert.ok(!headStyles[0].includes('--botox-guide-used-'), 'and it is not the widget\'s');
  const origins = new Set(log.requests.map((u) => new URL(u).origin));
  assert.deepEqual([...origins], [env.url]);
  await context.close();
});

test('no wasm and no shell (the Spanish pack is missing too): the light-DOM fallback shows in reserved space, then says in Spanish that the guide could not load', async () => {
  const { page, context } = await openPage(env, '/hosts/dynamic.html', {});
  await context.route(/\.wasm$|botox-guide-es\.js$/, (route) => route.abort());
  await page.evaluate(() => {
    window.errors = [];
    document.addEventListener('botox-guide:error', (e) => errors.push(e.detail.message));
    const el = addElement('es', { locale: 'es' });
    const a = document.createElement('a');
    a.href = 'https://clinic.example/botox';
    a.textContent = 'Our Botox page';
    el.appendChild(a);
    // The locale can also come through the JS API.
    const api = document.createElement('div');
    api.id = 'api-es';
    document.getElementById('app').appendChild(api);
    BotoxGuide.mount(api, { locale: 'es' });
  });
  assert.ok(await page.locator('#es a').getByText('Our Botox page').isVisible(), 'the clinic\'s own fallback link shows through the slot');
  for (const id of ['es', 'api-es']) {
    await page.waitForFunction((id) => /no se pudo cargar la guía/.test(document.getElementById(id).shadowRoot?.textContent), id);
  }
  const errors = await page.evaluate(() => errors);
  assert.equal(errors.length, 2, 'one error event for each widget');
  assert.match(errors[0], /could not load/);
  const box = await page.locator('#es').boundingBox();
  assert.ok(box.height >= 400, `space reserved: ${box.height}`);
  await context.close();
});

test('prerendered shell: the guide paints before the wasm, tabs work in it, and the live widget takes over cleanly', async () => {
  const { page, log, context } = await openPage(env, '/hosts/plain.html', {});
  const releaseWasm = await holdWasm(context);
  await page.reload({ waitUntil: 'domcontentloaded' });
  // The shell is on screen while the wasm is still held back.
  const panelText = page.locator('botox-guide #bg-panel-about').getByText('Botox is a medicine given as small injections');
  await panelText.waitFor({ state: 'visible' });
  assert.equal(await page.evaluate(() => !!window.BotoxGuide && document.querySelector('botox-guide').shadowRoot.querySelectorAll('.root').length), 1);
  // The visitor switches tab in the shell; the choice survives the takeover.
  await page.locator('botox-guide [data-tab=migraine]').click();
  assert.ok(await page.locator('botox-guide #bg-panel-migraine').isVisible());
  await page.evaluate(() => {
    window.shifts = 0;
    new PerformanceObserver((l) => l.getEntries().forEach((e) => { if (!e.hadRecentInput) shifts += e.value; })).observe({ type: 'layout-shift', buffered: false });
  });
  releaseWasm();
  // The live widget (not the shell, which has the same card and tabs) with the visitor's tab.
  await page.waitForFunction(() => document.querySelector('botox-guide').shadowRoot.querySelector('.root:not([data-shell]) [data-tab=migraine][aria-selected=true]'));
  const roots = await page.evaluate(() => document.querySelector('botox-guide').shadowRoot.querySelectorAll('.root, [role=tablist]').length);
  assert.equal(roots, 2, 'exactly one root and one tablist: no duplicate DOM');
  await allPanelsRendered(page);
  assert.equal(await page.evaluate(() => shifts), 0, 'the take-over moved nothing on the page');
  // The live widget works: clicking a tab switches it and fires the event.
  await page.evaluate(() => { window.changes = []; document.addEventListener('botox-guide:tab-change', (e) => changes.push(e.detail.tab)); });
  await page.locator('botox-guide [data-tab=aftercare]').click();
  await page.locator('botox-guide #bg-panel-aftercare #bg-treated-at').waitFor();
  assert.deepEqual(await page.evaluate(() => changes), ['aftercare']);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('wasm blocked: the shell stays readable and an error event is sent', async () => {
  const { page, context } = await openPage(env, '/hosts/plain.html', {});
  await context.route(/\.wasm$/, (route) => route.abort());
  await page.addInitScript(() => { window.errors = []; document.addEventListener('botox-guide:error', (e) => errors.push(e.detail.message)); });
  await page.reload();
  await page.waitForFunction(() => window.errors.length > 0);
  assert.match((await page.evaluate(() => errors))[0], /could not load/);
  // A widget added after the failure is told too (one event each).
  await page.evaluate(() => { const late = document.createElement('botox-guide'); late.id = 'late'; late.style.cssText = 'position:absolute;top:4000px'; document.body.appendChild(late); });
  await page.waitForFunction(() => errors.length === 2);
  await page.locator('#late .notice').waitFor(); // its failure is shown: the loader is done with it
  await frames(page);
  assert.equal(await page.evaluate(() => errors.length), 2, 'one event each, never a second');
  await page.locator('botox-guide:not(#late) [data-tab=risks]').click();
  assert.ok(await page.locator('botox-guide:not(#late) #bg-panel-risks').getByText(/^Most common side effects/).first().isVisible(), 'shell tabs still switch');
  // The detail opens in the shell too.
  await page.locator('botox-guide:not(#late) #bg-panel-risks .disclosure').click();
  assert.ok(await page.locator('botox-guide:not(#late) #bg-panel-risks').getByText('Possible benefits').isVisible(), 'the shell opens the detail');
  await context.close();
});

test('deep-link: the tab is mirrored in the URL hash, restored on load and on back/forward', async () => {
  const { page, log, context } = await openPage(env, '/hosts/dynamic.html#page=2');
  await page.evaluate(() => addElement('dl', { 'deep-link': '' }));
  await widgetsReady(page);
  assert.equal(new URL(page.url()).hash, '#page=2', 'nothing written on load');
  await page.locator('#dl [data-tab=risks]').click();
  await page.waitForFunction(() => location.hash === '#page=2&botox-guide=risks');
  await page.locator('#dl [data-tab=aftercare]').click();
  await page.waitForFunction(() => location.hash === '#page=2&botox-guide=aftercare');
  await page.goBack();
  await page.locator('#dl [data-tab=risks][aria-selected=true]').waitFor();
  // A fresh load with the hash opens that tab.
  await page.goto(env.url + '/hosts/dynamic.html#botox-guide=migraine');
  await page.evaluate(() => addElement('dl2', { 'deep-link': '' }));
  await page.locator('#dl2 [data-tab=migraine][aria-selected=true]').waitFor();
  // Without the option the hash is left alone.
  await page.evaluate(() => addElement('plain'));
  await widgetsReady(page, 2);
  await page.locator('#plain [data-tab=choosing]').click();
  assert.equal(new URL(page.url()).hash, '#botox-guide=migraine');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('content-url: a clinic JSON replaces the text; a broken one keeps the built-in guide with a notice and an error event', async () => {
  const { page, log, context } = await openPage(env, '/hosts/dynamic.html');
  const en = JSON.parse(readFileSync('src/content/en.json', 'utf8'));
  en.title = 'Lakeside guide to Botox';
  await context.route('**/custom.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(en) }));
  await context.route('**/broken.json', (r) => r.fulfill({ contentType: 'application/json', body: '{"locale": "en", "title": 3' }));
  await page.evaluate(() => {
    window.errors = [];
    document.addEventListener('botox-guide:error', (e) => errors.push([e.target.id, e.detail.message]));
    addElement('good', { 'content-url': '/custom.json' });
    addElement('bad', { 'content-url': '/broken.json' });
    addElement('missing', { 'content-url': '/nowhere.json' });
  });
  await page.locator('#good .title').getByText('Lakeside guide to Botox').waitFor();
  for (const id of ['bad', 'missing']) {
    await page.locator(`#${id} .notice`).getByText('you are seeing the built-in version').waitFor();
    assert.equal(await page.locator(`#${id} .title`).textContent(), 'Botox: a plain-language guide');
  }
  const errors = await page.evaluate(() => errors);
  assert.deepEqual(errors.map((e) => e[0]).sort(), ['bad', 'missing']);
  assert.match(errors.find((e) => e[0] === 'missing')[1], /404/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('pasted snippet: no layout shift while the widget loads, and without JavaScript every section is readable', async () => {
  const { page, log, context } = await openPage(env, '/hosts/plain.html');
  await page.addInitScript(() => {
    window.shifts = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => shifts.push(e.value))).observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('botox-guide:ready', () => { window.ready = true; });
  });
  const from = log.requests.length;
  await page.goto(env.url + '/hosts/snippet.html');
  // It costs the page nothing until the visitor touches it: no wasm after the page's load.
  await page.waitForFunction(() => window.BotoxGuide && document.readyState === 'complete');
  await idleCallbacksRun(page);
  assert.ok(!log.requests.slice(from).some((u) => u.endsWith('.wasm')), 'no wasm before the first touch');
  await page.locator('botox-guide [role=tab][aria-selected=true]').focus();
  await page.waitForFunction(() => window.ready);
  await allPanelsRendered(page); // the take-over and the background panels are all done
  assert.equal(await page.evaluate(() => document.querySelector('botox-guide').shadowRoot.activeElement?.dataset.tab), 'about', 'the focus stayed on the tab');
  assert.deepEqual(await page.evaluate(() => shifts), [], 'no layout shift at all');
  await page.locator('botox-guide [data-tab=choosing]').click();
  assert.ok(await page.locator('botox-guide #bg-panel-choosing').getByText('Questions to ask your provider').isVisible());
  assert.equal(await page.locator('botox-guide .root').count(), 1);
  assert.deepEqual(log.errors, []);
  await context.close();

  const noJs = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1000, height: 900 } });
  const p = await noJs.newPage();
  await p.goto(env.url + '/hosts/snippet.html');
  assert.equal(await p.locator('botox-guide [role=tablist]').isVisible(), false, 'no tabs without JavaScript');
  for (const text of ['What is Botox?', 'Botox for chronic migraine', 'Red flags: walk away if', 'Most important safety information']) {
    assert.ok(await p.locator('botox-guide').getByText(text).first().isVisible(), text);
  }
  await p.screenshot({ path: `${OUT}/snippet-no-js.png` });
  await noJs.close();
});

test('locale es: Spanish loads on demand, with no English flash, and the same tab ids', async () => {
  const { page, log, context } = await openPage(env, '/hosts/dynamic.html');
  await page.evaluate(() => BotoxGuide.ready.then(() => true));
  assert.ok(!log.requests.some((u) => u.includes('botox-guide-es.')), 'not part of the English first load');
  await page.evaluate(() => {
    window.titles = [];
    const el = addElement('es', { locale: 'es', 'clinic-name': 'Clínica Sol' });
    new MutationObserver(() => {
      const t = el.shadowRoot && el.shadowRoot.querySelector('.title');
      if (t && titles[titles.length - 1] !== t.textContent) titles.push(t.textContent);
    }).observe(el.shadowRoot || el.attachShadow({ mode: 'open' }), { childList: true, subtree: true, characterData: true });
  });
  await page.locator('#es .title').getByText('Botox: una guía en lenguaje sencillo').waitFor();
  assert.deepEqual(await page.evaluate(() => titles), ['Botox: una guía en lenguaje sencillo'], 'only Spanish was ever shown');
  await page.locator('#es [data-tab=aftercare]').click();
  await page.locator('#es #bg-treated-at').fill('2026-11-24T15:00');
  assert.equal(await page.locator('#es [data-step=full-effect] .when').innerText(), 'mar, 8 dic');
  assert.match(await page.locator('#es [data-step=first-4-hours] .when').innerText(), /^Hasta el mar, 24 nov, 19:00$/);
  assert.ok(log.requests.some((u) => u.endsWith('/botox-guide-es.js')), 'the Spanish pack was loaded');
  assert.ok(!log.requests.some((u) => u.endsWith('/botox-guide-es.json')), 'its text went to the wasm: not fetched again');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('two wasm builds: English widgets go live on the lean one; a widget switched to Spanish moves to the full one on the tab it was on, which loads once', async () => {
  const { page, log, context } = await openPage(env, '/hosts/dynamic.html');
  const wasm = () => log.requests.filter((u) => u.endsWith('.wasm')).map((u) => u.split('/').pop());
  await page.evaluate(() => { addElement('a', { 'clinic-name': 'Clinic A' }); addElement('b'); });
  await widgetsReady(page, 2);
  assert.deepEqual(wasm(), ['botox-guide_bg.wasm'], 'an English page loads the lean wasm only');
  assert.ok(!log.requests.some((u) => u.endsWith('.json')), 'English is built into the lean wasm');
  await page.locator('#a [data-tab=risks]').click();
  await page.evaluate(() => document.getElementById('a').setAttribute('locale', 'es'));
  await page.locator('#a .title').getByText('Botox: una guía en lenguaje sencillo').waitFor();
  await page.waitForFunction(() => document.getElementById('a').shadowRoot.querySelector('.root:not([data-shell])'));
  assert.equal(await page.locator('#a [role=tab][aria-selected=true]').getAttribute('data-tab'), 'risks', 'the tab the visitor was on');
  assert.equal(await page.locator('#a .clinic-card h2').textContent(), 'Clinic A');
  assert.equal(await page.locator('#b [role=tab]').first().textContent(), 'What Botox is', 'the other widget stays English');
  // A second widget that needs the full wasm reuses it; the lean one is not fetched again.
  await page.evaluate(() => addElement('c', { locale: 'es' }));
  await page.locator('#c .root:not([data-shell])').waitFor();
  assert.deepEqual(wasm(), ['botox-guide_bg.wasm', 'botox-guide-full_bg.wasm'], 'each build once');
  await page.locator('#b [data-tab=aftercare]').click();
  assert.equal(await page.locator('#b [role=tab][aria-selected=true]').getAttribute('data-tab'), 'aftercare', 'the lean widget still works');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('one-line embed (script right before the element, no defer): no layout shift on the host page while the widget loads', async () => {
  for (const viewport of [{ width: 1000, height: 900 }, { width: 390, height: 844 }, { width: 1000, height: 3000 }]) {
    const context = await env.browser.newContext({ viewport });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.shifts = [];
      new PerformanceObserver((l) => l.getEntries().forEach((e) => shifts.push(e.value))).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(env.url + '/');
    await widgetsReady(page);
    await allPanelsRendered(page);
    assert.deepEqual(await page.evaluate(() => shifts), [], `no layout-shift entry at ${viewport.width}×${viewport.height}`);
    await context.close();
  }
});

test('the shell\'s clinic card is filled from the options exactly as the live widget shows it', async () => {
  const { page, log, context } = await openPage(env, '/hosts/dynamic.html');
  const release = await holdWasm(context);
  await page.reload({ waitUntil: 'domcontentloaded' });
  const cases = {
    full: { 'clinic-name': 'Shore <Clinic>', phone: '+44 (0)20 7946 0000', 'booking-url': 'https://shore.example/book' },
    none: {},
    badphone: { 'clinic-name': 'Lake Clinic', phone: 'call us', 'booking-url': 'javascript:alert(1)' },
    phoneonly: { phone: '555 0100' },
  };
  await page.evaluate((cases) => {
    Object.entries(cases).forEach(([id, attrs]) => addElement(id, attrs));
    // Through the JS API, with camelCase names.
    const el = document.createElement('div');
    el.id = 'api';
    document.getElementById('app').appendChild(el);
    BotoxGuide.mount(el, { clinicName: 'API Clinic', bookingUrl: 'https://api.example/book' });
  }, cases);
  cases.api = {};
  const card = (id) => page.evaluate((id) => {
    const c = document.getElementById(id).shadowRoot.querySelector('.clinic-card');
    return c && { text: c.innerText, links: [...c.querySelectorAll('a')].map((a) => a.getAttribute('href')) };
  }, id);
  await page.waitForFunction(() => document.getElementById('full').shadowRoot.querySelector('.root[data-shell]'));
  const shell = {};
  for (const id of Object.keys(cases)) shell[id] = await card(id);
  assert.equal(shell.none, null);
  assert.deepEqual(shell.full.links, ['tel:+4402079460000', 'https://shore.example/book']);
  assert.deepEqual(shell.badphone.links, []);
  assert.deepEqual(shell.api, { text: 'API Clinic\nBook a consultation', links: ['https://api.example/book'] });
  release();
  await widgetsReady(page, 4);
  await page.waitForFunction(() => document.getElementById('api').shadowRoot.querySelector('.root:not([data-shell]) [role=tablist]'));
  for (const id of Object.keys(cases)) assert.deepEqual(await card(id), shell[id], `${id}: the live card matches the shell's`);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('loading="lazy": a guide far down the page is painted at once but fetches the wasm only when scrolled near, then goes live', async () => {
  const { page, log, context } = await openPage(env, '/hosts/lazy.html');
  await page.waitForLoadState('networkidle');
  await idleCallbacksRun(page); // where an eager widget would have fetched the wasm
  const wasm = () => log.requests.filter((u) => /\.(wasm|js)$/.test(u) && !u.endsWith('/embed.js'));
  assert.deepEqual(wasm(), [], 'no glue or wasm request while the guide is far away');
  // The shell is there (readable, e.g. for find-in-page) and its tabs already switch.
  const far = page.locator('#far');
  assert.equal(await page.evaluate(() => !!document.getElementById('far').shadowRoot.querySelector('.root[data-shell]')), true);
  await far.evaluate((el) => el.shadowRoot.querySelector('[data-tab=risks]').click());
  assert.equal(await far.evaluate((el) => el.shadowRoot.getElementById('bg-panel-risks').hidden), false);
  // Scrolled near: the wasm loads and the live widget takes over with the visitor's tab.
  await page.evaluate(() => window.scrollTo(0, 2600));
  await widgetsReady(page);
  assert.ok(wasm().some((u) => u.endsWith('/botox-guide_bg.wasm')));
  await page.waitForFunction(() => document.getElementById('far').shadowRoot.querySelector('.root:not([data-shell]) [data-tab=risks][aria-selected=true]'));
  assert.equal(await far.evaluate((el) => el.shadowRoot.querySelectorAll('.root').length), 1);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.console.filter((m) => m.type === 'warning'), [], 'loading is a known option');
  await context.close();
});

test('loading="lazy" changed to eager, or to a bad value, loads at once; only the bad value gets a warning, naming it', async () => {
  for (const [value, warned] of [['eager', 0], ['sometimes', 1]]) {
    const { page, log, context } = await openPage(env, '/hosts/lazy.html');
    await page.waitForLoadState('networkidle');
    assert.ok(!log.requests.some((u) => u.endsWith('.wasm')), 'still waiting while far away');
    await page.evaluate((v) => document.getElementById('far').setAttribute('loading', v), value);
    await widgetsReady(page);
    assert.ok(await page.evaluate(() => window.scrollY === 0), `${value}: went live without being scrolled to`);
    const warnings = log.console.filter((m) => m.type === 'warning').map((m) => m.text);
    assert.equal(warnings.length, warned, warnings.join('\n'));
    if (warned) assert.match(warnings[0], /loading.*sometimes.*one of eager, lazy/);
    await context.close();
  }
});
