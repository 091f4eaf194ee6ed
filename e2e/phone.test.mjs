// A patient on a 390 × 844 phone (issue 29): the short version of each tab on its first
// screen, the full detail one tap away (in the shell too, and kept when the wasm takes over),
// cross-tab buttons that land on the heading they name, a "today" card, past steps collapsed
// and marked by what happened, a returning visitor back on Aftercare, and print with every detail.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, openPage, widgetsReady, allPanelsRendered, holdWasm, frames, OUT } from './helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

const PHONE = { width: 390, height: 844 };
const content = {
  en: JSON.parse(readFileSync('src/content/en.json', 'utf8')),
  es: JSON.parse(readFileSync('src/content/es.json', 'utf8')),
};

/** A live widget `g` on a phone, all its panels rendered. */
async function phone(attrs, options = {}) {
  const { page, log, context } = await openPage(env, '/hosts/dynamic.html', { viewport: PHONE, ...options });
  await page.evaluate((a) => addElement('g', a), attrs);
  await widgetsReady(page);
  await allPanelsRendered(page);
  return { page, log, context };
}

/** Heights in the panel of `tab`, measured from the panel's top: the panel, and the bottom of
 *  its summary box. */
function measure(page, tab) {
  return page.evaluate((tab) => {
    const root = document.getElementById('g').shadowRoot;
    const panel = root.getElementById(`bg-panel-${tab}`).getBoundingClientRect();
    const summary = root.querySelector(`#bg-panel-${tab} .summary`);
    return { panel: panel.height, summaryBottom: summary ? summary.getBoundingClientRect().bottom - panel.top : null, text: summary?.innerText ?? '' };
  }, tab);
}

for (const locale of ['en', 'es']) {
  test(`${locale}: each tab opens with its short version within the first phone screen of its panel, and Benefits and risks is at most 3 screens before its detail opens`, async () => {
    const { page, log, context } = await phone({ locale, 'clinic-name': 'Lakeside' });
    const c = content[locale];
    for (const s of c.sections) {
      await page.locator(`#g [data-tab=${s.id}]`).click();
      await frames(page);
      const m = await measure(page, s.id);
      assert.ok(m.summaryBottom !== null, `${s.id}: a summary`);
      assert.ok(m.summaryBottom <= PHONE.height, `${locale} ${s.id}: the summary ends ${Math.round(m.summaryBottom)} px into the panel`);
      assert.ok(m.text.startsWith(c.ui.summary_title), `${s.id}: titled as the short version`);
    }
    // The answers: the risks summary names three effects with numbers, the migraine one how
    // likely it helps in numbers and when it is judged.
    await page.locator('#g [data-tab=risks]').click();
    await frames(page);
    const risks = await measure(page, 'risks');
    assert.ok(risks.panel <= 3 * PHONE.height, `${locale}: risks panel ${Math.round(risks.panel)} px`);
    assert.equal(await page.locator('#g #bg-panel-risks .summary [data-common]:visible').count(), 3);
    await page.locator('#g [data-tab=migraine]').click();
    await frames(page);
    const migraine = await measure(page, 'migraine');
    assert.match(migraine.text, locale === 'en' ? /about 45 in 100 people/ : /45 de cada 100/);
    const judged = c.sections.find((x) => x.id === 'migraine').summary.find((b) => b.type === 'callout');
    assert.ok(migraine.text.includes(judged.title) && migraine.text.includes(judged.text), 'when it is judged');
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}

test('the full detail is one tap away: closed at first, its button says so and opens it, in the shell before the wasm and in the live widget, and an opened detail stays open when the wasm takes over', async () => {
  const { page, log, context } = await openPage(env, '/hosts/dynamic.html', { viewport: PHONE });
  const release = await holdWasm(context);
  await page.reload();
  await page.evaluate(() => addElement('g', { tab: 'risks' }));
  const button = page.locator('#g #bg-panel-risks .disclosure');
  const detail = page.locator('#g #bg-detail-risks');
  await page.locator('#g .root[data-shell] #bg-panel-risks .disclosure').waitFor();
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  assert.equal(await button.getAttribute('aria-controls'), 'bg-detail-risks');
  assert.equal(await detail.isVisible(), false);
  // The detail's heading is a heading (screen readers' heading navigation finds it).
  assert.equal(await button.evaluate((b) => b.parentElement.localName), 'h4');
  await button.click();
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  assert.ok(await page.locator('#g #bg-detail-risks [data-effect]').first().isVisible(), 'the full cards are shown');
  release();
  await widgetsReady(page);
  await page.waitForFunction(() => document.getElementById('g').shadowRoot.querySelector('.root:not([data-shell]) #bg-panel-risks .disclosure[aria-expanded=true]'));
  assert.ok(await detail.isVisible(), 'still open in the live widget');
  // Live: closing and opening again.
  await button.click();
  await page.waitForFunction(() => document.getElementById('g').shadowRoot.getElementById('bg-detail-risks').hidden);
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  await button.click();
  await detail.waitFor();
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('"Go to Benefits and risks" on the migraine tab says where it goes and lands focus on the migraine figures heading, with the detail open', async () => {
  const { page, log, context } = await phone({ tab: 'migraine' });
  const go = page.locator('#g #bg-panel-migraine [data-needs-tab=risks] button');
  assert.match(await go.innerText(), /^Go to Benefits and risks/);
  await go.click();
  await page.waitForFunction(() => document.getElementById('g').shadowRoot.activeElement?.id === 'bg-figures-migraine');
  assert.equal(await page.locator('#g [data-tab=risks]').getAttribute('aria-selected'), 'true');
  assert.equal(await page.locator('#g #bg-panel-risks .disclosure').getAttribute('aria-expanded'), 'true');
  const heading = page.locator('#g #bg-figures-migraine');
  assert.match(await heading.innerText(), /Chronic migraine/);
  const box = await heading.boundingBox();
  assert.ok(box.y > -2 && box.y < PHONE.height, `the heading is in view (${Math.round(box.y)})`);
  assert.deepEqual(log.errors, []);
  await context.close();
});

for (const [zone, locale] of [['Pacific/Auckland', 'en'], ['America/Chicago', 'es']]) {
  test(`${locale}, ${zone}: with a date set, the first screen of the aftercare panel says what to do and avoid now and until when; past steps are collapsed and marked past, not done`, async () => {
    // Treated at 8 am, now 10 am: the first 4 hours and the first 24 hours are current.
    const { page, log, context } = await phone({ locale, tab: 'aftercare', treatment: 'cosmetic' }, { timezoneId: zone });
    await page.locator('#g #bg-treated-at').fill('2026-12-03T08:00');
    const card = page.locator('#g .today');
    await card.waitFor();
    const c = content[locale];
    const steps = await card.locator('.today-step').evaluateAll((els) => els.map((e) => e.dataset.step));
    assert.deepEqual(steps, ['first-4-hours', 'first-day']);
    const first = await page.evaluate(() => {
      const root = document.getElementById('g').shadowRoot;
      const panel = root.getElementById('bg-panel-aftercare').getBoundingClientRect().top;
      const step = root.querySelector('.today .today-step');
      const item = step.querySelector('li');
      return { when: step.querySelector('.today-when').innerText, item: item.innerText, bottom: item.getBoundingClientRect().bottom - panel };
    });
    assert.ok(first.bottom <= PHONE.height, `the first thing to avoid ends ${Math.round(first.bottom)} px into the panel`);
    const stay = c.aftercare.steps.find((s) => s.id === 'first-4-hours').items[0].text;
    assert.ok(first.item.includes(stay), first.item);
    assert.match(first.when, locale === 'en' ? /Until Thu, Dec 3, 12:00 PM/ : /Hasta el jue, 3 dic, 12:00/);
    const text = await card.innerText();
    assert.ok(text.includes(c.aftercare.labels.watch), 'keep watching for the urgent signs');
    assert.ok(text.includes(c.aftercare.steps.find((s) => s.id === 'effect-begins').title), 'the next step');
    // The step before treatment is past: collapsed, marked past, not done (nothing was ticked).
    const before = page.locator('#g [data-step=before]');
    assert.equal(await before.locator('.badge').innerText(), c.aftercare.labels.past);
    assert.equal(await before.locator('.items').isVisible(), false);
    await before.locator('.link-button').click();
    assert.ok(await before.locator('.items').isVisible(), 'shown on request');
    // Its items ticked: now it is done.
    for (const box of await before.locator('input[type=checkbox]').all()) await box.check();
    await page.waitForFunction((done) => document.getElementById('g').shadowRoot.querySelector('[data-step=before] .badge')?.textContent === done, c.aftercare.labels.tick_label);
    await page.locator('#g .aftercare').screenshot({ path: `${OUT}/today-${locale}.png` });
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}

test('in the evening between steps, the today card says no step is due and to keep watching for the warning signs, whose button moves focus to them', async () => {
  const { page, log, context } = await phone({ tab: 'aftercare', treatment: 'cosmetic' }, { clock: '2026-12-03T21:00', timezoneId: 'America/Chicago' });
  await page.locator('#g #bg-treated-at').fill('2026-12-02T08:00');
  const card = page.locator('#g .today');
  await card.waitFor();
  const text = await card.innerText();
  assert.ok(text.includes(content.en.aftercare.labels.no_step_now) && text.includes(content.en.aftercare.labels.watch), text);
  await card.locator('.link-button').click();
  await page.waitForFunction(() => document.getElementById('g').shadowRoot.activeElement?.id === 'bg-urgent-aftercare');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a returning visitor (a plan saved on this site) lands on Aftercare unless the page chose a tab; blocked storage starts where the page says', async () => {
  const { page, log, context } = await openPage(env, '/hosts/dynamic.html', { viewport: PHONE });
  await page.evaluate(() => localStorage.setItem('botox-guide:v1:some-clinic', '{"version":1,"ticks":["cold-pack"]}'));
  await page.reload();
  await page.evaluate(() => { addElement('a', {}); addElement('b', { tab: 'risks' }); addElement('c', { sections: 'about,risks' }); });
  await widgetsReady(page, 3);
  const selected = (id) => page.locator(`#${id} [role=tab][aria-selected=true]`).getAttribute('data-tab');
  assert.equal(await selected('a'), 'aftercare');
  assert.equal(await selected('b'), 'risks');
  assert.equal(await selected('c'), 'about');
  // Without a plan: the first tab.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.evaluate(() => addElement('d', {}));
  await widgetsReady(page);
  assert.equal(await selected('d'), 'about');
  // Storage that throws: no error, the first tab.
  await page.addInitScript(() => Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } }));
  await page.reload();
  await page.evaluate(() => addElement('e', {}));
  await widgetsReady(page);
  assert.equal(await selected('e'), 'about');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('printing gives every detail: the closed details and collapsed past steps are printed', async () => {
  const { page, log, context } = await phone({ tab: 'aftercare', treatment: 'cosmetic' });
  await page.locator('#g #bg-treated-at').fill('2026-12-03T08:00');
  await page.locator('#g .today').waitFor();
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.locator('#g [data-step=before] .items').isVisible(), 'a collapsed past step is printed');
  // The risks tab printed: its detail, closed on screen, is on paper.
  await page.emulateMedia({ media: 'screen' });
  await page.locator('#g [data-tab=risks]').click();
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.locator('#g #bg-detail-risks').isVisible(), 'the risks detail is printed');
  assert.deepEqual(log.errors, []);
  await context.close();
});
