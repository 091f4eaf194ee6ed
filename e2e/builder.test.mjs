// The snippet builder (dist/builder.html): a clinic's web person goes from nothing to a
// configured snippet. Its form is the option table; a bad value gets the widget's own
// warning; the snippet it gives, pasted into a fresh page, shows the configured widget.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, widgetsReady, axeScan } from './helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

const tabsOf = (page) => page.evaluate(() => [...document.querySelector('botox-guide').shadowRoot.querySelectorAll('[role=tab]')].map((t) => t.dataset.tab));

test('builder: the options set make a snippet that, pasted into a fresh page, shows that widget', async () => {
  const { page, log, context } = await openPage(env, '/builder.html');
  const rules = JSON.parse(await page.evaluate(() => JSON.stringify(window.BOTOX_GUIDE_BUILDER.rules.options.map((o) => o.name))));
  assert.deepEqual(await page.$$eval('#fields [data-option]', (els) => els.map((e) => e.dataset.option)), rules, 'one field per option, in the table order');
  await page.fill('#opt-clinic-name', 'Harbour "Skin" Clinic');
  await page.fill('#opt-phone', '+64 9 555 0100');
  await page.fill('#opt-booking-url', 'https://harbour.example/book');
  await page.uncheck('#section-wrinkles');
  await page.uncheck('#section-choosing');
  // Keyboard: move Aftercare up, three times, from its own button.
  await page.focus('[data-move="up-aftercare"]');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
  await page.selectOption('#opt-tab', 'risks');
  await page.selectOption('#opt-theme', 'dark');
  await page.check('#opt-deep-link');
  await page.fill('#self-base', env.url + '/');
  // The preview follows at once (its shell, or the live widget).
  const expected = ['about', 'aftercare', 'risks', 'migraine'];
  await page.waitForFunction((want) => {
    const root = document.querySelector('#preview-guide').shadowRoot;
    return root && [...root.querySelectorAll('[role=tab]')].map((t) => t.dataset.tab).join() === want.join();
  }, expected);
  const snippet = await page.textContent('#snippet-html-self');
  assert.match(snippet, /sections="about,aftercare,risks,migraine"/);
  assert.match(snippet, /clinic-name="Harbour &quot;Skin&quot; Clinic"/);
  assert.match(snippet, / deep-link[ >]/);
  assert.match(await page.textContent('#snippet-html-cdn'), /cdn\.jsdelivr\.net\/npm\/botox-guide@[0-9.]+\/dist\/embed\.js"\s+integrity="sha384-/);
  assert.match(await page.textContent('#snippet-react'), /clinic-name=\{"Harbour \\"Skin\\" Clinic"\}/);
  assert.match(await page.textContent('#snippet-wordpress'), /\[botox_guide clinic_name="Harbour &quot;Skin&quot; Clinic" phone="\+64 9 555 0100"/);
  assert.deepEqual(log.errors, []);

  // Pasted into a fresh page of the clinic's site.
  await context.route(env.url + '/pasted.html', (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic</title></head><body><h1>Our clinic</h1>\n${snippet}\n</body></html>` }));
  const pasted = await context.newPage();
  const errors = [];
  pasted.on('pageerror', (e) => errors.push(String(e)));
  pasted.on('console', (m) => { if (m.type() === 'warning') errors.push(m.text()); });
  await pasted.goto(env.url + '/pasted.html');
  await pasted.locator('botox-guide [data-tab=risks]').focus();
  await widgetsReady(pasted);
  assert.deepEqual(await tabsOf(pasted), expected);
  const live = await pasted.evaluate(() => {
    const root = document.querySelector('botox-guide').shadowRoot;
    return { tab: root.querySelector('[aria-selected=true]').dataset.tab, theme: root.querySelector('.root').dataset.theme, card: root.querySelector('.clinic-card').textContent, hash: location.hash };
  });
  assert.equal(live.tab, 'risks');
  assert.equal(live.theme, 'dark');
  assert.match(live.card, /Harbour "Skin" Clinic/);
  await pasted.locator('botox-guide [data-tab=aftercare]').click();
  await pasted.waitForFunction(() => location.hash.includes('aftercare'));
  assert.deepEqual(errors, []);
});

test('builder: a bad value gets the words the widget logs, is marked, and stays out of the snippets', async () => {
  const { page, log } = await openPage(env, '/builder.html');
  // The widget names a refused option once: listen from the start.
  const logged = page.waitForEvent('console', { predicate: (m) => m.type() === 'warning' && m.text().includes('"phone" has the value "call us"'), timeout: 15000 });
  await page.fill('#opt-clinic-name', 'Harbour Clinic');
  await page.fill('#opt-phone', 'call us');
  const warning = await page.locator('#opt-phone-warning').textContent();
  assert.match(warning, /"phone" has the value "call us"/);
  assert.equal(await page.getAttribute('#opt-phone', 'aria-invalid'), 'true');
  // The preview widget, given the same value, logs the same sentence. (The field is left
  // first: its change event refreshes the preview, which would take the value out again.)
  await page.locator('#self-base').focus();
  await page.evaluate(() => document.querySelector('#preview-guide').setAttribute('phone', 'call us'));
  await page.locator('#preview-guide [role=tab]').first().focus(); // the live widget checks it too
  await widgetsReady(page);
  assert.equal((await logged).text(), warning, 'the widget logs the builder\'s words');
  for (const id of ['html-cdn', 'html-self', 'react', 'vue', 'wordpress']) {
    assert.doesNotMatch(await page.textContent(`#snippet-${id}`), /call us/, id);
  }
  assert.match(await page.textContent('#snippets-note'), /leave out the value marked above/);
  await page.fill('#opt-phone', '+1 555 0100');
  assert.equal(await page.locator('#opt-phone-warning').textContent(), '');
  assert.equal(await page.getAttribute('#opt-phone', 'aria-invalid'), null);
});

test('builder: axe-clean (the page and the preview) and linked from the demo and the playground', async () => {
  const { page } = await openPage(env, '/builder.html');
  await page.fill('#opt-phone', 'call us'); // with a warning showing too
  await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  const violations = await page.evaluate(async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3)}`));
  assert.deepEqual(violations, []);
  assert.deepEqual(await axeScan(page), []);
  for (const from of ['/index.html', '/playground.html']) {
    const { page: p } = await openPage(env, from);
    assert.ok(await p.locator('a[href="builder.html"]').count(), `${from} links to the builder`);
  }
});
