// Nothing lost, nothing leaked (issue 26), measured in Chromium: a visitor's plan survives two
// widgets of one clinic and a record from a later version; mounting returns what it takes;
// no input (a huge body, huge values, a storm of option changes, a right-to-left override)
// grows memory or work without bound. Counts and sizes are bounded; every wait is a
// condition. The figures go to test-results/reliability.json (the README quotes them).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { start, openPage, widgetsReady, holdWasm, OUT } from './helpers.mjs';

const MB = 1024 * 1024;
const figures = {};

let env;
before(async () => {
  env = await start({
    answer(path, req, res) {
      // 50 MB of JSON-looking text, chunked, with no Content-Length.
      if (path === '/stream/big.json') {
        res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
        const chunk = Buffer.alloc(MB, ' ');
        let sent = 0;
        const more = () => {
          while (sent < 50) {
            sent += 1;
            if (!res.write(chunk)) { res.once('drain', more); return; }
          }
          res.end();
        };
        res.on('close', () => { sent = 50; });
        more();
        return true;
      }
      // A clinic's file that takes its time (answered after 4 s, within the 5 s limit).
      if (path === '/stream/slow.json') {
        setTimeout(() => {
          res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
          res.end(JSON.stringify({ title: 'Our own guide' }));
        }, 4000);
        return true;
      }
      // A step title with a right-to-left override in it.
      if (path === '/stream/rlo.json') {
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'access-control-allow-origin': '*' });
        res.end(JSON.stringify({ aftercare: { steps: [{ id: 'effect-begins', title: 'Days 3 to 7\u202E, the effect begins' }] } }));
        return true;
      }
      if (path === '/stream/page.json') {
        res.writeHead(200, { 'content-type': 'text/html', 'access-control-allow-origin': '*' });
        res.end('<!doctype html><title>Not found</title>');
        return true;
      }
      if (path === '/stream/latin1.json') {
        res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
        res.end(Buffer.from('{"title":"Caf\xe9"}', 'latin1'));
        return true;
      }
      return false;
    },
  });
});
after(async () => {
  writeFileSync(`${OUT}/reliability.json`, JSON.stringify(figures, null, 2));
  await env.close();
});

/** Chromium's own counters after a forced garbage collection. */
async function counters(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  await cdp.detach();
  const wasm = await page.evaluate(() => BotoxGuide.stats().wasmMemoryBytes);
  return { nodes, listeners: jsEventListeners, wasm };
}

const shared = { 'clinic-name': 'Shared Clinic', tab: 'aftercare', treatment: 'cosmetic' };

test('two widgets of one clinic: the date typed in one and the tick made in the other both survive a reload', async () => {
  const { page, log, context } = await openPage(env, '/hosts/dynamic.html');
  await page.evaluate((a) => { addElement('a', a); addElement('b', a); }, shared);
  await widgetsReady(page, 2);
  await page.locator('#a #bg-treated-at').fill('2026-12-02T15:00');
  // Widget B hears of A's date on this page at once.
  await page.waitForFunction(() => document.querySelector('#b').shadowRoot.querySelector('#bg-treated-at').value === '2026-12-02T15:00');
  // A past step is collapsed: the visitor opens it to tick what they did.
  await page.locator('#b [data-step=right-after] .link-button').click();
  await page.locator('#b input[data-item=cold-pack]').check();
  await page.waitForFunction(() => document.querySelector('#a').shadowRoot.querySelector('input[data-item=cold-pack]').checked);
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('botox-guide:v1:shared-clinic')));
  assert.deepEqual(stored, { version: 1, treated_at: '2026-12-02T15:00', ticks: ['cold-pack'] });
  await page.reload();
  await page.evaluate((a) => { addElement('a', a); addElement('b', a); }, shared);
  await widgetsReady(page, 2);
  for (const id of ['a', 'b']) {
    await page.waitForFunction((id) => document.querySelector(`#${id}`).shadowRoot.querySelector('#bg-treated-at').value === '2026-12-02T15:00', id);
    assert.equal(await page.locator(`#${id} input[data-item=cold-pack]`).isChecked(), true, `${id}: the tick`);
  }
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('another tab\'s change reaches a widget through the storage event', async () => {
  const { page, context } = await openPage(env, '/hosts/dynamic.html');
  await page.evaluate((a) => addElement('a', a), shared);
  await widgetsReady(page);
  const other = await context.newPage();
  await other.goto(env.url + '/hosts/dynamic.html');
  await other.evaluate((a) => addElement('b', a), shared);
  await widgetsReady(other);
  await other.locator('#b input[data-item=tell-medicines]').check();
  await page.waitForFunction(() => document.querySelector('#a').shadowRoot.querySelector('input[data-item=tell-medicines]').checked);
  await context.close();
});

test('a later version\'s record keeps its unknown fields after a tick; an offset time shows on the visitor\'s clock', async () => {
  const { page, context } = await openPage(env, '/hosts/dynamic.html', { timezoneId: 'Europe/London' });
  await page.evaluate(() => localStorage.setItem('botox-guide:v1:shared-clinic',
    JSON.stringify({ version: 2, treated_at: '2026-12-02T15:00:00+01:00', ticks: ['cold-pack'], notes: 'my notes' })));
  await page.evaluate((a) => addElement('a', a), shared);
  await widgetsReady(page);
  // 15:00 at +01:00 is 14:00 in London in December.
  await page.waitForFunction(() => document.querySelector('#a').shadowRoot.querySelector('#bg-treated-at').value === '2026-12-02T14:00');
  await page.locator('#a input[data-item=no-rubbing]').check();
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('botox-guide:v1:shared-clinic')).ticks.length === 2);
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('botox-guide:v1:shared-clinic')));
  assert.deepEqual(stored, { version: 2, treated_at: '2026-12-02T15:00:00+01:00', ticks: ['cold-pack', 'no-rubbing'], notes: 'my notes' });
  await context.close();
});

test('a record this version cannot change is kept as it is, and the visit keeps the visitor\'s change', async () => {
  const { page, context } = await openPage(env, '/hosts/dynamic.html');
  const later = JSON.stringify({ version: 3, treated_at: '2026-12-02T15:00', ticks: [{ id: 'cold-pack' }] });
  await page.evaluate((v) => localStorage.setItem('botox-guide:v1:shared-clinic', v), later);
  await page.evaluate((a) => addElement('a', a), shared);
  await widgetsReady(page);
  await page.waitForFunction(() => document.querySelector('#a').shadowRoot.querySelector('#bg-treated-at').value === '2026-12-02T15:00');
  await page.locator('#a input[data-item=no-rubbing]').check();
  assert.match(await page.locator('#a .status').innerText(), /another version of this guide/);
  assert.equal(await page.locator('#a input[data-item=no-rubbing]').isChecked(), true);
  assert.equal(await page.evaluate(() => localStorage.getItem('botox-guide:v1:shared-clinic')), later, 'untouched');
  await context.close();
});

test('100 mounts and unmounts after warm-up leave at most 10 listeners, 20 nodes and 64 KB of wasm memory behind', async () => {
  const { page, log, context } = await openPage(env, '/hosts/dynamic.html');
  await page.waitForFunction(() => window.BotoxGuide);
  await page.evaluate(() => BotoxGuide.ready);
  const cycle = (n) => page.evaluate(async (n) => {
    for (let i = 0; i < n; i++) {
      const el = document.createElement('botox-guide');
      el.setAttribute('clinic-name', 'Cycle Clinic');
      const ready = new Promise((r) => el.addEventListener('botox-guide-ready', r, { once: true }));
      document.getElementById('app').appendChild(el);
      await ready;
      el.remove();
      // The element's unmount runs in a microtask after it leaves the page.
      await new Promise((r) => setTimeout(r, 0));
    }
    return BotoxGuide.stats().instances;
  }, n);
  assert.equal(await cycle(10), 0, 'warm-up: every instance freed');
  const before = await counters(page);
  assert.equal(await cycle(100), 0);
  const after = await counters(page);
  const left = { listeners: after.listeners - before.listeners, nodes: after.nodes - before.nodes, wasmBytes: after.wasm - before.wasm };
  figures.perHundredMounts = left;
  assert.ok(left.listeners <= 10, `listeners left: ${left.listeners}`);
  assert.ok(left.nodes <= 20, `nodes left: ${left.nodes}`);
  assert.ok(left.wasmBytes <= 64 * 1024, `wasm memory grew by ${left.wasmBytes} bytes`);
  assert.deepEqual(log.errors, []);
  await context.close();
});

/** Resolves with the text of the first console message that contains `part`. */
const consoleLine = (page, part) => page.waitForEvent('console', { predicate: (m) => m.text().includes(part), timeout: 30000 }).then((m) => m.text());

test('a 50 MB chunked content body is refused at the limit and leaves wasm memory under 8 MB', async () => {
  const { page, context } = await openPage(env, '/hosts/dynamic.html');
  const warned = consoleLine(page, 'content-url "/stream/big.json"');
  await page.evaluate(() => addElement('big', { 'content-url': '/stream/big.json' }));
  assert.match(await warned, /larger than the 256 KB limit/);
  // The widget shows the built-in guide with a note.
  await page.locator('#big .root:not([data-shell]) .notice').waitFor();
  const { wasm } = await counters(page);
  figures.wasmAfter50MbBody = wasm;
  assert.ok(wasm < 8 * MB, `wasm memory ${wasm} bytes`);
  await context.close();
});

test('a web page or a non-UTF-8 file at content-url is named, and the built-in guide shows', async () => {
  const { page, context } = await openPage(env, '/hosts/dynamic.html');
  const htmlPage = consoleLine(page, '"/stream/page.json"');
  const latin = consoleLine(page, '"/stream/latin1.json"');
  await page.evaluate(() => { addElement('page', { 'content-url': '/stream/page.json' }); addElement('latin', { 'content-url': '/stream/latin1.json' }); });
  assert.match(await htmlPage, /could not be used: the server sent it as "text\/html" \(a web page/);
  assert.match(await latin, /could not be used: the file is not UTF-8 text \(byte 14 is not\)/);
  await page.locator('#page .root:not([data-shell]) .notice').waitFor();
  await page.locator('#latin .root:not([data-shell]) .notice').waitFor();
  await context.close();
});

test('while a clinic\'s file is slow the built-in guide shows with a note, then the clinic\'s version', async () => {
  const { page, context } = await openPage(env, '/hosts/dynamic.html');
  await page.evaluate(() => addElement('slow', { 'content-url': '/stream/slow.json' }));
  await page.waitForFunction(() => window.BotoxGuide);
  await page.evaluate(() => BotoxGuide.ready);
  await page.locator('#slow .root:not([data-shell]) .notice').waitFor();
  assert.match(await page.locator('#slow .notice').innerText(), /standard guide while this clinic's own version loads/);
  assert.equal(await page.locator('#slow .title').innerText(), 'Botox: a plain-language guide');
  await page.waitForFunction(() => document.querySelector('#slow').shadowRoot.querySelector('.title').textContent === 'Our own guide');
  assert.equal(await page.locator('#slow .notice').count(), 0, 'the note goes when the clinic\'s version is here');
  await context.close();
});

test('1 MB heading values are warned about once, in a short line, and do not stay in memory', async () => {
  const { page, log, context } = await openPage(env, '/hosts/dynamic.html');
  await page.evaluate(() => addElement('w', {}));
  await widgetsReady(page);
  const base = (await counters(page)).wasm;
  for (let i = 0; i < 20; i++) {
    await page.evaluate((i) => document.querySelector('#w').setAttribute('heading', String(i).repeat(1024 * 1024)), i);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  const lines = log.console.filter((m) => m.text.includes('option "heading"'));
  assert.equal(lines.length, 1, 'one warning for the option');
  assert.ok(lines[0].text.length < 400, `${lines[0].text.length} characters`);
  const grew = (await counters(page)).wasm - base;
  figures.wasmAfterTwentyMbValues = grew;
  assert.ok(grew < 8 * MB, `wasm memory grew by ${grew} bytes`);
  await context.close();
});

test('400 option changes before the wasm is live leave the DOM within 2x of one guide', async () => {
  const { page, context } = await openPage(env, '/hosts/dynamic.html');
  await holdWasm(context);
  await page.reload();
  await page.evaluate(() => addElement('w', { tab: 'aftercare' }));
  await page.waitForFunction(() => document.querySelector('#w').shadowRoot.querySelector('.root[data-shell]'));
  const one = await counters(page);
  // 100 frames of 4 changes each: every frame patches the shell.
  await page.evaluate(async () => {
    const el = document.querySelector('#w');
    for (let i = 0; i < 100; i++) {
      for (let j = 0; j < 4; j++) el.setAttribute('heading', `Heading ${i}.${j}`);
      el.setAttribute('sections', i % 2 ? 'about,aftercare' : 'aftercare,risks,about');
      await new Promise((r) => requestAnimationFrame(r));
    }
  });
  await page.waitForFunction(() => document.querySelector('#w').shadowRoot.querySelector('.title').textContent === 'Heading 99.3');
  const after = await counters(page);
  figures.domNodesAfter400Changes = { one: one.nodes, after: after.nodes };
  assert.ok(after.nodes <= 2 * one.nodes, `${after.nodes} nodes against ${one.nodes} for one guide`);
  assert.deepEqual(await page.locator('#w [role=tab]').evaluateAll((t) => t.map((e) => e.dataset.tab)), ['about', 'aftercare'], 'laid out by the last change');
  await context.close();
});

test('a right-to-left override in a clinic\'s step title does not reorder the widget\'s own text', async () => {
  const { page, context } = await openPage(env, '/hosts/dynamic.html');
  await page.evaluate(() => addElement('r', { 'content-url': '/stream/rlo.json', tab: 'aftercare', treatment: 'cosmetic' }));
  await widgetsReady(page);
  await page.waitForFunction(() => document.querySelector('#r').shadowRoot.querySelector('[data-step=effect-begins] h5').textContent.includes('\u202E'));
  await page.locator('#r #bg-treated-at').fill('2026-12-01T13:00'); // day 2: the line names the next step
  await page.locator('#r .step-next').waitFor();
  const status = await page.locator('#r .status').evaluate((p) => p.textContent);
  assert.ok(status.includes('\u2068Days 3 to 7\u202E, the effect begins\u202C\u2069, from'), JSON.stringify(status));
  // Laid out in reading order after the title: "from", then "Fri", then "Dec" (line by line,
  // then left to right); a leaked override would reverse them.
  const places = await page.locator('#r .status').evaluate((p) => {
    const text = p.firstChild;
    return ['from', 'Fri', 'Dec'].map((word) => {
      const r = document.createRange();
      const i = text.textContent.lastIndexOf(word);
      r.setStart(text, i);
      r.setEnd(text, i + word.length);
      const box = r.getBoundingClientRect();
      return [Math.round(box.top), box.left];
    });
  });
  const before = ([t1, l1], [t2, l2]) => t1 < t2 || (t1 === t2 && l1 < l2);
  assert.ok(before(places[0], places[1]) && before(places[1], places[2]), JSON.stringify(places));
  await context.close();
});
