// The WordPress plugin on a real WordPress (e2e/wordpress/harness.mjs: Debian's wordpress,
// PHP's built-in server, MariaDB in a temporary folder): activated, its settings saved
// through the admin page (nonce and capability by WordPress's Settings API), a page with the
// shortcode and one with the block go live with those options; hostile shortcode values
// stay inert; deactivating takes the script off pages; uninstalling deletes the settings.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { startWordPress } from './wordpress/harness.mjs';
import { widgetsReady, allPanelsRendered } from './helpers.mjs';

const PLUGIN = 'dist/wordpress/botox-guide';

test('the plugin: php -l is clean on every PHP file; standard header and readme.txt; block.json names every option', () => {
  const php = readdirSync(PLUGIN).filter((f) => f.endsWith('.php'));
  assert.ok(php.length >= 4, php.join());
  for (const f of php) assert.match(execFileSync('php', ['-l', `${PLUGIN}/${f}`], { encoding: 'utf8' }), /No syntax errors/);
  assert.match(readFileSync(`${PLUGIN}/botox-guide.php`, 'utf8'), /\* Plugin Name: Botox guide[\s\S]*\* Text Domain: botox-guide/);
  assert.match(readFileSync(`${PLUGIN}/readme.txt`, 'utf8'), /^=== Botox guide ===[\s\S]*Stable tag: [0-9.]+[\s\S]*== Installation ==/);
  const block = JSON.parse(readFileSync(`${PLUGIN}/block.json`, 'utf8'));
  const rules = JSON.parse(readFileSync('target/generated/loader-rules.json', 'utf8'));
  assert.deepEqual(Object.keys(block.attributes), rules.options.map((o) => o.name.replace(/-([a-z])/g, (_, c) => c.toUpperCase())));
  for (const f of ['embed.js', 'botox-guide.js', 'botox-guide_bg.wasm']) assert.deepEqual(readFileSync(`${PLUGIN}/widget/${f}`), readFileSync(`dist/${f}`), f);
});

let wp, browser;
before(async () => {
  wp = await startWordPress();
  assert.equal(wp.wp('activate'), 'activated');
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
});
after(async () => { await browser?.close(); await wp?.close(); });

/** The admin, signed in: in `page`, or in a new context's page. */
async function signIn(page = null, contextOptions = {}) {
  const context = page ? page.context() : await browser.newContext(contextOptions);
  page ??= await context.newPage();
  await page.goto(wp.url + '/wp-login.php');
  await page.fill('#user_login', 'admin');
  await page.fill('#user_pass', 'correct horse battery staple');
  await page.click('#wp-submit');
  await page.waitForURL(/wp-admin/);
  return { context, page };
}

async function live(page, url) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await page.locator('botox-guide .root').waitFor();
  await page.locator('botox-guide [role=tab]').first().focus(); // a touch loads the wasm at once
  await widgetsReady(page);
  const state = await page.evaluate(() => {
    const root = document.querySelector('botox-guide').shadowRoot;
    return {
      tabs: [...root.querySelectorAll('[role=tab]')].map((t) => t.dataset.tab),
      selected: root.querySelector('[aria-selected=true]').dataset.tab,
      theme: root.querySelector('.root').dataset.theme,
      card: root.querySelector('.clinic-card')?.textContent || '',
      booking: root.querySelector('.clinic-card a[href^="https:"]')?.getAttribute('href') || null,
    };
  });
  return { state, errors };
}

test('WordPress: settings saved on the admin page; a shortcode page and a block page go live with them', async () => {
  const { context, page } = await signIn();
  await page.goto(wp.url + '/wp-admin/options-general.php?page=botox-guide');
  await page.fill('#botox-guide-clinic-name', 'Harbour Clinic');
  await page.fill('#botox-guide-phone', '+64 9 555 0100');
  await page.fill('#botox-guide-booking-url', 'https://harbour.example/book');
  await page.selectOption('#botox-guide-theme', 'dark');
  await page.click('#submit');
  await page.locator('text=Settings saved.').waitFor();
  assert.equal(JSON.parse(wp.wp('option', 'botox_guide_settings'))['clinic-name'], 'Harbour Clinic');

  const shortcode = wp.page('guide', '[botox_guide sections="aftercare,risks,about" tab="risks"]');
  const a = await live(await context.newPage(), shortcode);
  assert.deepEqual(a.state.tabs, ['aftercare', 'risks', 'about']);
  assert.equal(a.state.selected, 'risks');
  assert.equal(a.state.theme, 'dark');
  assert.match(a.state.card, /Harbour Clinic/);
  assert.equal(a.state.booking, 'https://harbour.example/book');
  assert.deepEqual(a.errors, []);

  const block = wp.page('guide-block', '<!-- wp:botox-guide/guide {"clinicName":"Block Clinic","theme":"light","tab":"aftercare"} /-->');
  const b = await live(await context.newPage(), block);
  assert.match(b.state.card, /Block Clinic/);
  assert.equal(b.state.theme, 'light');
  assert.equal(b.state.selected, 'aftercare');
  await context.close();
});

test('WordPress: markup and a javascript: URL in shortcode attributes stay inert', async () => {
  const url = wp.page('hostile', '[botox_guide clinic_name="<img src=x onerror=window.pwned=1>" booking_url="javascript:window.pwned=2" bogus="<script>window.pwned=3</script>"]');
  const html = await (await fetch(url)).text();
  const element = html.match(/<botox-guide[^>]*>/)[0];
  assert.doesNotMatch(element, /<img|javascript:|bogus/);
  const page = await browser.newPage();
  const { state, errors } = await live(page, url);
  // WordPress itself may drop or filter the value (kses, shortcode parsing); whatever is
  // left is text: no element from it anywhere.
  assert.equal(await page.evaluate(() => document.querySelector('botox-guide').shadowRoot.querySelectorAll('.clinic-card img').length), 0);
  assert.equal(state.booking, null, 'no booking link');
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.equal(await page.locator('img[src=x]').count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
  // The plugin's own escaping, given the values directly (no WordPress filter before it).
  const rendered = wp.wp('render', JSON.stringify({ 'clinic-name': '"><img src=x onerror=alert(1)>', 'booking-url': 'javascript:alert(1)', phone: '+1 555 0100', bogus: 'x' }));
  assert.equal(rendered, '<botox-guide clinic-name="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" phone="+1 555 0100" locale="auto" theme="dark"></botox-guide>', 'escaped; the bad URL and the unknown name left out; the site setting for theme kept; the language: the site\'s own');
});

test("WordPress: the market defaults from the site's language where that names a country; a shortcode wins", async () => {
  const render = (locale, given) => wp.wp('render-in', locale, JSON.stringify(given));
  assert.match(render('en_GB', {}), /^en_GB <botox-guide[^>]* market="uk"/, 'a British English site: the UK');
  assert.match(render('en_GB', { market: 'ie' }), / market="ie"/, 'the shortcode wins');
  assert.match(render('es_ES', {}), / market="es"/);
  assert.match(render('en_AU', {}), / market="au"/);
  assert.doesNotMatch(render('en_US', {}), /market=/, 'US English: the default, not written');
  assert.doesNotMatch(render('de_DE', {}), /market=/, 'a language that names no market of ours');
});

test('WordPress: the page does not jump when the guide appears (its place is held, the script deferred)', async () => {
  const url = wp.page('steady', '<p>Our clinic by the lake.</p>\n[botox_guide clinic_name="Lakeside Clinic"]\n<p id="after">Opening hours: Monday to Friday.</p>');
  const html = await (await fetch(url)).text();
  assert.match(html, /<style id="botox-guide-reserve">botox-guide:not\(:defined\)/);
  assert.match(html, /<script defer integrity="sha384-[^"]+" crossorigin="anonymous" src=['"][^'"]*\/embed\.js/);
  for (const viewport of [{ width: 390, height: 844 }, { width: 1000, height: 900 }]) {
    const context = await browser.newContext({ viewport });
    let release;
    const gate = new Promise((r) => { release = r; });
    await context.route(/\/embed\.js/, async (route) => { await gate; await route.continue(); });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.shifts = [];
      new PerformanceObserver((l) => l.getEntries().forEach((e) => shifts.push(e.value))).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    release();
    await page.locator('botox-guide [role=tab]').first().focus();
    await widgetsReady(page);
    await allPanelsRendered(page);
    assert.deepEqual(await page.evaluate(() => shifts), [], `no layout shift at ${viewport.width}×${viewport.height}`);
    await context.close();
  }
});


test("WordPress: the settings page offers choices in words, names a refused value in the widget's words and keeps what was typed", async () => {
  const { context, page } = await signIn();
  const settings = wp.url + '/wp-admin/options-general.php?page=botox-guide';
  await page.goto(settings);
  assert.equal(await page.locator('label[for=botox-guide-booking-url]').textContent(), 'Booking page (https://…)');
  assert.ok((await page.locator('#botox-guide-theme option').allTextContents()).includes('Match the site (light or dark, as the page is)'));
  assert.ok((await page.locator('#botox-guide-locale option').allTextContents()).includes('Español'));
  assert.equal(await page.locator('#botox-guide-locale option').first().textContent(), 'Default for this site: Same as the site');
  assert.equal(await page.getAttribute('#botox-guide-reviewed-on', 'type'), 'date', 'a date control: no impossible date can be typed');
  // In the browser: the widget's own check, before anything is sent.
  await page.fill('#botox-guide-phone', '0161 496 OOOO');
  await page.click('#submit');
  await page.locator('#botox-guide-phone-warning', { hasText: 'Phone number will not be saved. botox-guide: option "phone" has the value "0161 496 OOOO"' }).waitFor();
  assert.equal(page.url(), settings, 'not sent');
  assert.equal(await page.inputValue('#botox-guide-phone'), '0161 496 OOOO', 'what was typed stays');
  assert.equal(await page.getAttribute('#botox-guide-phone', 'aria-invalid'), 'true');
  await page.waitForFunction(() => document.activeElement.id === 'botox-guide-phone');
  // Sent without that check (a script off, another tool): the server names it and keeps it.
  await page.fill('#botox-guide-phone', '+44 161 496 0000');
  await page.fill('#botox-guide-booking-url', 'http://clinic.example/book');
  await Promise.all([page.waitForNavigation(), page.evaluate(() => HTMLFormElement.prototype.submit.call(document.getElementById('botox-guide-settings')))]);
  const notices = (await page.locator('.notice, .error, .updated').allTextContents()).join(' ');
  assert.match(notices, /Booking page \(https:\/\/…\) was not saved\. botox-guide: option "booking-url" has the value "http:\/\/clinic\.example\/book", which is not accepted\. Expected/);
  assert.equal(await page.inputValue('#botox-guide-booking-url'), 'http://clinic.example/book', 'what was typed comes back');
  assert.equal(await page.inputValue('#botox-guide-phone'), '+44 161 496 0000', 'the good value is saved');
  assert.equal(JSON.parse(wp.wp('option', 'botox_guide_settings'))['booking-url'], 'https://harbour.example/book', 'the refused one is not saved: the one saved before stays');
  // A date that does not exist, sent without the date control: named, and shown as typed.
  await page.evaluate(() => { const d = document.getElementById('botox-guide-reviewed-on'); d.type = 'text'; d.value = '31/12/2024'; });
  await Promise.all([page.waitForNavigation(), page.evaluate(() => HTMLFormElement.prototype.submit.call(document.getElementById('botox-guide-settings')))]);
  assert.match((await page.locator('.notice, .error, .updated').allTextContents()).join(' '), /Date of that review was not saved\. botox-guide: option "reviewed-on" has the value "31\/12\/2024"/);
  assert.equal(await page.inputValue('#botox-guide-reviewed-on'), '31/12/2024');
  await context.close();
});

test('WordPress: the block shows the live guide in the editor, and its sidebar offers words, tick boxes and help, with developer options under "For web developers"', async () => {
  const { context, page } = await signIn(null, { viewport: { width: 1400, height: 1000 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(wp.url + '/wp-admin/post-new.php?post_type=page');
  await page.waitForFunction(() => window.wp?.data?.select('core/block-editor') && window.wp.blocks.getBlockType('botox-guide/guide'));
  await page.evaluate(() => {
    wp.data.dispatch('core/edit-post')?.toggleFeature && wp.data.select('core/edit-post').isFeatureActive('welcomeGuide') && wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
    const block = wp.blocks.createBlock('botox-guide/guide', { clinicName: 'Editor Clinic', phone: '0161 496 OOOO' });
    wp.data.dispatch('core/block-editor').insertBlocks(block);
    wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
    wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
  });
  // The preview is the guide itself, live.
  await page.locator('botox-guide .clinic-card', { hasText: 'Editor Clinic' }).waitFor({ timeout: 30000 });
  await page.waitForFunction(() => document.querySelector('botox-guide')?.shadowRoot?.querySelector('.root:not([data-shell])'), null, { timeout: 30000 });
  // The sidebar: words, not codes; a refused value said in the widget's words.
  const sidebar = page.locator('.interface-complementary-area');
  await sidebar.getByLabel('Colours').waitFor();
  assert.ok((await sidebar.getByLabel('Colours').locator('option').allTextContents()).includes('Follow the visitor\'s device setting'));
  assert.ok((await sidebar.getByLabel('Language').locator('option').allTextContents()).includes('Español'));
  await sidebar.getByText('botox-guide: option "phone" has the value "0161 496 OOOO"').waitFor();
  assert.equal(await sidebar.getByLabel('Aftercare', { exact: true }).count(), 1, 'a tick box per tab');
  assert.equal(await sidebar.getByLabel('Your own content file (URL)').count(), 0, 'developer options are closed under "For web developers"');
  await sidebar.getByRole('button', { name: 'For web developers' }).click();
  await sidebar.getByLabel('Your own content file (URL)').waitFor();
  // Untick a tab: the block's value, and the preview, follow.
  await sidebar.getByLabel('Choosing a clinic', { exact: true }).uncheck();
  assert.equal(await page.evaluate(() => wp.data.select('core/block-editor').getSelectedBlock().attributes.sections), 'about,wrinkles,risks,migraine,aftercare');
  assert.deepEqual(errors, []);
  await context.close();
});

test('WordPress: a Spanish site gets a Spanish guide and Spanish admin screens by default', async () => {
  assert.equal(wp.language('es_ES'), 'set');
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const url = wp.page('guia', '[botox_guide clinic_name="Clínica Sol"]');
    const { errors } = await live(page, url);
    const seen = await page.evaluate(() => [document.documentElement.lang, document.querySelector('botox-guide').getAttribute('locale')]);
    assert.equal(await page.locator('botox-guide .title').textContent(), 'Botox: una guía en lenguaje sencillo', `page lang and locale: ${seen}`);
    assert.deepEqual(errors, []);
    await signIn(page);
    await page.goto(wp.url + '/wp-admin/options-general.php?page=botox-guide');
    assert.equal(await page.locator('h1').first().textContent(), 'Guía sobre el Botox');
    assert.equal(await page.locator('label[for=botox-guide-clinic-name]').textContent(), 'Nombre de la clínica');
    assert.ok((await page.locator('#botox-guide-theme option').allTextContents()).includes('Como el sitio (claro u oscuro, como la página)'));
    assert.equal(await page.locator('#botox-guide-market option').first().textContent(), 'Por defecto en este sitio: España');
    await page.goto(wp.url + '/wp-admin/plugins.php');
    assert.equal(await page.locator('tr[data-plugin="botox-guide/botox-guide.php"] .row-actions a', { hasText: 'Ajustes' }).count(), 1);
    await context.close();
  } finally {
    wp.language('');
  }
});

test('WordPress: deactivating takes the script off pages; uninstalling deletes the settings', async () => {
  const url = wp.page('later', '[botox_guide]');
  assert.match(await (await fetch(url)).text(), /botox-guide\/widget\/embed\.js/);
  assert.equal(wp.wp('deactivate'), 'deactivated');
  assert.doesNotMatch(await (await fetch(url)).text(), /embed\.js|<botox-guide/);
  assert.notEqual(wp.wp('option', 'botox_guide_settings'), 'null');
  assert.equal(wp.wp('uninstall'), 'uninstalled');
  assert.equal(wp.wp('option', 'botox_guide_settings'), 'null');
});

test('WordPress: a clinic installs the plugin from botox-guide-wordpress.zip through Plugins → Add New → Upload Plugin; Settings is linked from the Plugins screen', async () => {
  wp.removePlugin();
  const { context, page } = await signIn();
  await page.goto(wp.url + '/wp-admin/plugin-install.php?tab=upload');
  await page.setInputFiles('#pluginzip', 'dist/botox-guide-wordpress.zip');
  await page.click('#install-plugin-submit');
  await page.getByText('Plugin installed successfully.').waitFor();
  await page.getByRole('link', { name: 'Activate Plugin' }).click();
  await page.waitForURL(/plugins\.php/);
  await page.locator('tr[data-plugin="botox-guide/botox-guide.php"] .row-actions a', { hasText: 'Settings' }).click();
  await page.waitForURL(/options-general\.php\?page=botox-guide/);
  const url = wp.page('from-zip', '[botox_guide clinic_name="Zip Clinic"]');
  const { state, errors } = await live(page, url);
  assert.match(state.card, /Zip Clinic/);
  assert.deepEqual(errors, []);
  await context.close();
});
