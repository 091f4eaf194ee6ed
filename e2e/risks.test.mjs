// The risk explainer as a visitor sees it, and an accessibility scan of it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, widgetsReady, axeScan, OUT } from './helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

test('a visitor can read how many in 100 get a drooping eyelid after migraine treatment, vs placebo', async () => {
  const { page, log, context } = await openPage(env, '/hosts/plain.html');
  await widgetsReady(page);
  await page.locator('botox-guide [data-tab=risks]').click();
  await page.locator('botox-guide #bg-panel-risks input[value=migraine]').first().check();
  await page.locator('botox-guide #bg-panel-risks .disclosure').click();
  const card = page.locator('botox-guide [data-effect=eyelid-droop]');
  await card.waitFor();
  const text = await card.innerText();
  assert.match(text, /With Botox: about 4 in 100 people/);
  assert.match(text, /With placebo injections: fewer than 1 in 100 people/);
  const urgent = page.locator('botox-guide #bg-panel-risks .urgent');
  assert.ok(await urgent.isVisible());
  assert.match(await urgent.innerText(), /Trouble swallowing/);
  await page.locator('botox-guide .risk-explainer').screenshot({ path: `${OUT}/risk-explainer-migraine.png` });
  const violations = await axeScan(page);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 1));
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('safety first: the summary is above every tab\'s panel, whatever the options, and the full list has both levels', async () => {
  const { page, log, context } = await openPage(env, '/hosts/dynamic.html');
  // A content file that tries to take the safety texts away: refused whole, the built-in guide shows.
  await context.route('**/no-safety.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify({
    ui: { safety_title: '', safety_now: '' }, risks: { urgent: { signs: [{ id: 'breathing', level: 'same_day' }] } },
    sections: [{ id: 'risks', blocks: [{ type: 'paragraph', text: 'Only good news.', sources: ['fda-botox-label'] }] }],
  }) }));
  const cases = {
    one: { sections: 'wrinkles' },
    booking: { sections: 'about', 'booking-url': 'https://clinic.example/book', 'clinic-name': 'Book Clinic' },
    noheading: { heading: 'none', tab: 'choosing' },
    hostile: { 'content-url': '/no-safety.json' },
    spanish: { locale: 'es', sections: 'migraine,choosing' },
  };
  await page.evaluate((cases) => Object.entries(cases).forEach(([id, o]) => addElement(id, o)), cases);
  await widgetsReady(page, Object.keys(cases).length);
  await page.locator('#hostile .notice').waitFor();
  for (const id of Object.keys(cases)) {
    const tabs = await page.locator(`#${id} [role=tab]`).evaluateAll((t) => t.map((e) => e.dataset.tab));
    for (const tab of tabs) {
      await page.locator(`#${id} [data-tab=${tab}]`).click();
      const safety = page.locator(`#${id} .safety`);
      assert.ok(await safety.isVisible(), `${id}/${tab}: the safety summary is shown`);
      const above = await page.locator(`#${id}`).evaluate((el, tab) => {
        const root = el.shadowRoot;
        return !!(root.querySelector('.safety').compareDocumentPosition(root.getElementById(`bg-panel-${tab}`)) & Node.DOCUMENT_POSITION_FOLLOWING);
      }, tab);
      assert.ok(above, `${id}/${tab}: above the panel`);
    }
    const text = await page.locator(`#${id} .safety`).innerText();
    assert.match(text, id === 'spanish' ? /Información de seguridad más importante[\s\S]*problemas para tragar[\s\S]*No maneje usted/ : /Most important safety information[\s\S]*trouble swallowing[\s\S]*Do not drive yourself/, id);
  }
  // The booking button never shows without the summary above it.
  assert.ok(await page.locator('#booking .clinic-card a[href^="https:"]').isVisible());
  // The full list: both levels, the allergy signs at theirs.
  await page.locator('#one .safety summary').click();
  const emergency = page.locator('#one .safety [data-level=level-emergency]');
  const sameDay = page.locator('#one .safety [data-level=level-same-day]');
  for (const sign of ['swallowing', 'breathing', 'speaking', 'allergy-swelling', 'weakness', 'allergy-faint']) {
    assert.ok(await emergency.locator(`[data-sign=${sign}]`).isVisible(), `${sign}: emergency`);
  }
  for (const sign of ['vision', 'eyelids', 'voice', 'bladder', 'allergy-hives']) {
    assert.ok(await sameDay.locator(`[data-sign=${sign}]`).isVisible(), `${sign}: same day`);
  }
  assert.match(await emergency.innerText(), /Call 911 or your local emergency number now. Do not drive yourself/);
  assert.match(await sameDay.innerText(), /Call your clinic or a doctor the same day/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the drooping-eyelid card and the urgent box agree: same day, with the emergency signs named', async () => {
  const { page, context } = await openPage(env, '/hosts/plain.html');
  await widgetsReady(page);
  await page.locator('botox-guide [data-tab=risks]').click();
  const card = page.locator('botox-guide #bg-panel-risks [data-effect=eyelid-droop]');
  assert.match(await card.locator('dd').last().innerText(), /^Call your clinic or a doctor the same day\. Get emergency help now if you also have trouble swallowing, speaking or breathing\.$/);
  const box = page.locator('botox-guide #bg-panel-risks > .urgent, botox-guide #bg-panel-risks .urgent').first();
  assert.ok(await box.locator('[data-level=level-same-day] [data-sign=eyelids]').count() === 1, 'drooping eyelids: same day in the box too');
  await context.close();
});
