// Spanish: locale="auto" picks it from the page or the browser, and a Spanish-speaking visitor
// gets the whole widget in Spanish — words, labels, aria labels, dates, numbers, the .ics
// file and the review note.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, openPage, widgetsReady, OUT } from './helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

const SPANISH_TITLE = 'Botox: una guía en lenguaje sencillo';
const ENGLISH_TITLE = 'Botox: a plain-language guide';

/** Add a widget and record every title it ever shows (to catch an English flash). */
async function addWatched(page, id, attrs) {
  await page.evaluate(([id, attrs]) => {
    window.titles = window.titles || {};
    titles[id] = [];
    const el = addElement(id, attrs);
    new MutationObserver(() => {
      const t = el.shadowRoot.querySelector('.title');
      if (t && titles[id][titles[id].length - 1] !== t.textContent) titles[id].push(t.textContent);
    }).observe(el.shadowRoot, { childList: true, subtree: true, characterData: true });
  }, [id, attrs]);
}

test('locale auto: the page\'s <html lang> picks Spanish, with no English shell or flash', async () => {
  const { page, log, context } = await openPage(env, '/hosts/dynamic.html');
  await page.evaluate(() => { document.documentElement.lang = 'es-MX'; });
  await addWatched(page, 'auto', { locale: 'auto' });
  await page.locator('#auto .title').getByText(SPANISH_TITLE).waitFor();
  await widgetsReady(page);
  assert.deepEqual(await page.evaluate(() => titles.auto), [SPANISH_TITLE]);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('locale auto: else the browser\'s languages; a page in English stays English', async () => {
  const { page, log, context } = await openPage(env, '/hosts/dynamic.html', { locale: 'es-ES' });
  assert.equal(await page.evaluate(() => navigator.languages[0]), 'es-ES');
  await page.evaluate(() => { document.documentElement.lang = 'fr'; });
  await addWatched(page, 'browser', { locale: 'auto' });
  await page.locator('#browser .title').getByText(SPANISH_TITLE).waitFor();
  await page.evaluate(() => { document.documentElement.lang = 'en-GB'; });
  await addWatched(page, 'page-en', { locale: 'auto' });
  await widgetsReady(page, 2);
  assert.equal(await page.locator('#page-en .title').textContent(), ENGLISH_TITLE);
  assert.deepEqual(await page.evaluate(() => titles.browser), [SPANISH_TITLE]);
  assert.deepEqual(log.errors, []);
  await context.close();
});

// Whole English words that must not show anywhere in the Spanish widget (source titles in
// the sources list keep their original language and are left out).
const ENGLISH = /\b(the|and|with|your|you|when|after|before|about|this|that|should|what|days|people|call|until|from|sources|today|done)\b/i;

test('a Spanish visitor gets every tab, label, aria label, date, number, .ics and review note in Spanish', async () => {
  const { page, log, context } = await openPage(env, '/hosts/dynamic.html', { acceptDownloads: true, locale: 'es-ES' });
  await page.evaluate(() => addElement('es', { locale: 'es', phone: '+34 910 000 000' }));
  await widgetsReady(page);
  const seen = [];
  for (const tab of ['about', 'wrinkles', 'risks', 'migraine', 'choosing', 'aftercare']) {
    await page.locator(`#es [data-tab=${tab}]`).click();
    if (tab === 'risks') {
      await page.locator('#es #bg-panel-risks .disclosure').click();
      for (const radio of await page.locator('#es #bg-panel-risks input[type=radio]').all()) {
        await radio.check();
        seen.push(await page.locator('#es #bg-panel-risks').innerText());
      }
    }
    if (tab === 'aftercare') await page.locator('#es #bg-treated-at').fill('2026-11-24T15:00');
    seen.push(await page.locator(`#es #bg-panel-${tab}`).innerText());
  }
  const chrome = await page.evaluate(() => {
    const r = document.querySelector('#es').shadowRoot;
    const footer = r.querySelector('.footer').cloneNode(true);
    footer.querySelector('ol')?.remove(); // source titles stay in their own language
    const attrs = [...r.querySelectorAll('[aria-label], [title], [placeholder]')]
      .filter((e) => !e.closest('.footer ol') && !e.closest('.cite'))
      .flatMap((e) => ['aria-label', 'title', 'placeholder'].map((a) => e.getAttribute(a)).filter(Boolean));
    return { footer: footer.innerText, tablist: r.querySelector('[role=tablist]').getAttribute('aria-label'), attrs, card: r.querySelector('.clinic-card')?.innerText };
  });
  const all = [...seen, chrome.footer, chrome.tablist, chrome.card, ...chrome.attrs].join('\n');
  const english = all.split('\n').filter((line) => ENGLISH.test(line));
  assert.deepEqual(english, [], 'no English line');
  // Numbers and dates in Spanish.
  assert.match(all, /unas \d+ de cada 100 personas/);
  assert.match(all, /menos de 1 de cada 100/);
  assert.match(all, /Hasta el mar, 24 nov, 19:00/);
  // The review note: no clinic reviewer set, so it says so.
  assert.match(chrome.footer, /Esta es una guía general, no un consejo para usted en particular/);
  // No clinician has signed it off: the line says when it was written, and that figures wait.
  assert.match(chrome.footer, /Redactado a partir de estas fuentes el 3 de diciembre de 2026\. Algunas cifras aún esperan que un profesional de la salud las confirme\. Próxima revisión prevista antes del 3 de diciembre de 2027\./);
  // The calendar file.
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#es .actions button').first().click()]);
  const path = `${OUT}/aftercare-es.ics`;
  await download.saveAs(path);
  const ics = readFileSync(path, 'utf8').replace(/\r\n /g, '');
  assert.match(ics, /SUMMARY:Próximo tratamiento de la migraña con Botox/, 'the treatment picked last (migraine)');
  assert.match(ics, /DESCRIPTION:.*Su clínica: \+34 910 000 000/);
  assert.ok(!ENGLISH.test(ics.split('\r\n').filter((l) => /^(SUMMARY|DESCRIPTION)/.test(l)).join(' ')), 'no English in the events');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('governance: a reviewer from options shows with the date in the visitor\'s language', async () => {
  const { page, log, context } = await openPage(env, '/hosts/dynamic.html');
  await page.evaluate(() => {
    addElement('en', { 'reviewed-by': 'Dr Ana Ruiz, MD', 'reviewed-on': '2026-10-01' });
    addElement('es', { locale: 'es', 'reviewed-by': 'Dra. Ana Ruiz', 'reviewed-on': '2026-10-01' });
  });
  await widgetsReady(page, 2);
  const footer = (id) => page.locator(`#${id} .footer .review`).innerText();
  assert.equal(await footer('en'), 'Medically reviewed by Dr Ana Ruiz, MD. Last medically reviewed on October 1, 2026.');
  assert.equal(await footer('es'), 'Revisado médicamente por Dra. Ana Ruiz. Última revisión médica: 1 de octubre de 2026.');
  // Sources are numbered, with publisher, year and an https link.
  const first = (await page.locator('#en .footer ol li').first().textContent()).replace(/\s+/g, ' ').trim();
  assert.match(first, /^BOTOX .+\. AbbVie \/ US Food and Drug Administration, 2023\. https:\/\/\S+$/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a Spanish page never fetches the English text; a widget switched to English gets it then', async () => {
  const { page, log, context } = await openPage(env, '/hosts/dynamic.html');
  await page.evaluate(() => addElement('es', { locale: 'es' }));
  await widgetsReady(page);
  assert.equal(await page.locator('#es .title').textContent(), SPANISH_TITLE);
  const english = () => log.requests.filter((u) => u.endsWith('/botox-guide-en.json')).length;
  assert.equal(english(), 0, 'the Spanish page showed no English and fetched none');
  await page.evaluate(() => document.querySelector('#es').setAttribute('locale', 'en'));
  await page.locator('#es .title').getByText(ENGLISH_TITLE).waitFor();
  assert.equal(english(), 1, 'fetched once, when first needed');
  await page.evaluate(() => document.querySelector('#es').setAttribute('locale', 'es'));
  await page.locator('#es .title').getByText(SPANISH_TITLE).waitFor();
  await page.evaluate(() => document.querySelector('#es').setAttribute('locale', 'en'));
  await page.locator('#es .title').getByText(ENGLISH_TITLE).waitFor();
  assert.equal(english(), 1, 'not fetched again');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a Spanish widget whose pack and file both fail falls back to English, named in the console', async () => {
  const { page, log, context } = await openPage(env, '/hosts/dynamic.html');
  await context.route(/botox-guide-es\.js(on)?$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.evaluate(() => addElement('es', { locale: 'es' }));
  await page.locator('#es .title').getByText(ENGLISH_TITLE).waitFor();
  await widgetsReady(page);
  assert.ok(log.console.some((m) => m.text.includes('botox-guide-es.json') && m.text.includes('Showing English')), JSON.stringify(log.console));
  assert.deepEqual(log.errors, []);
  await context.close();
});
