// theme="auto" matches the page the guide sits on, not the visitor's device: a light-only
// clinic page in a dark-mode browser keeps a light guide, a dark page gets a dark one, what a
// designer declares (--botox-guide-scheme, color-scheme on the element or :root, <meta
// name="color-scheme">) wins over the colour behind it, a page that offers both schemes
// follows the device, and a page that switches its own theme is followed. theme="device"
// keeps following the visitor's setting.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, widgetsReady, srgb, luminance } from './helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

/** A host page at /fit/<name>.html with `head` and `body` (the guide inside `body`). */
async function host(context, name, head, body) {
  await context.route(`${env.url}/fit/${name}.html`, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>${head}<script src="../embed.js"></script></head><body>${body}</body></html>` }));
}

/** The theme the live widget shows and its background's luminance (dark below 0.2). */
async function shown(page, selector = 'botox-guide') {
  return page.locator(selector).evaluate((el) => {
    const root = el.shadowRoot.querySelector('.root');
    return { theme: root.dataset.theme, bg: getComputedStyle(root).backgroundColor };
  }).then(({ theme, bg }) => ({ theme, dark: luminance(srgb(bg)) < 0.2 }));
}

const CASES = [
  // name, device scheme, head, body, attributes, expected theme, dark?
  ['light-only page, dark device', 'dark', '', '<main style="background:#fff">{G}</main>', '', 'light', false],
  ['dark page (its background), light device', 'light', '<style>body{background:#111;color:#eee}</style>', '{G}', '', 'dark', true],
  ['meta color-scheme dark on a page with no background', 'light', '<meta name="color-scheme" content="dark">', '{G}', '', 'dark', true],
  ['color-scheme: dark on :root', 'light', '<style>:root{color-scheme:dark}</style>', '{G}', '', 'dark', true],
  ['color-scheme: light on the element, on a dark page', 'dark', '<style>body{background:#000}botox-guide{color-scheme:light}</style>', '{G}', '', 'light', false],
  ['the CSS switch, on a light page', 'light', '<style>botox-guide{--botox-guide-scheme:dark}</style>', '{G}', '', 'dark', true],
  ['a page offering both schemes follows a dark device', 'dark', '<meta name="color-scheme" content="light dark">', '{G}', '', 'device', true],
  ['a page offering both schemes follows a light device', 'light', '<meta name="color-scheme" content="light dark">', '{G}', '', 'device', false],
  ['theme="device" on a light-only page, dark device', 'dark', '', '{G}', ' theme="device"', 'device', true],
  ['theme="light" on a dark page', 'dark', '<style>body{background:#000}</style>', '{G}', ' theme="light"', 'light', false],
];

for (const [name, device, head, body, attrs, theme, dark] of CASES) {
  test(`${name}: ${theme}${dark ? ', dark' : ', light'}; the shell before the wasm shows the same`, async () => {
    const { page, log, context } = await openPage(env, '/hosts/plain.html', { colorScheme: device });
    const slug = name.replace(/[^a-z]+/g, '-');
    await host(context, slug, head, body.replace('{G}', `<botox-guide${attrs}></botox-guide>`));
    // The shell first (the wasm held back until the first look), then the live widget.
    let release;
    const gate = new Promise((r) => { release = r; });
    await context.route(/\.wasm$/, async (route) => { await gate; await route.continue(); });
    await page.goto(`${env.url}/fit/${slug}.html`);
    await page.locator('botox-guide .root[data-shell]').waitFor();
    const shell = await shown(page);
    release();
    await page.locator('botox-guide').hover();
    await widgetsReady(page);
    const live = await shown(page);
    assert.deepEqual(live, { theme, dark }, name);
    assert.deepEqual(shell, live, 'the shell and the live widget agree');
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}

test("the demo page's own dark mode: the guide follows it, both ways, in the shell and live", async () => {
  const { page, log, context } = await openPage(env, '/', { colorScheme: 'light' });
  await page.locator('botox-guide .root').waitFor();
  assert.deepEqual(await shown(page), { theme: 'light', dark: false });
  await page.locator('#dark-mode').click();
  await page.waitForFunction(() => document.querySelector('botox-guide').shadowRoot.querySelector('.root').dataset.theme === 'dark');
  assert.equal((await shown(page)).dark, true);
  await page.locator('botox-guide').hover();
  await widgetsReady(page);
  assert.deepEqual(await shown(page), { theme: 'dark', dark: true }, 'live, still dark');
  await page.locator('#dark-mode').click();
  await page.waitForFunction(() => document.querySelector('botox-guide').shadowRoot.querySelector('.root').dataset.theme === 'light');
  assert.equal((await shown(page)).dark, false);
  assert.deepEqual(log.errors, []);
  await context.close();
});
