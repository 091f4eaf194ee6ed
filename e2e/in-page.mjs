// The README's recommended embed, made from the demo page the way a clinic makes it: the
// demo element's options typed into the snippet builder, its recommended snippet (the guide
// laid out by `BotoxGuide.prerender`, pasted in the page's HTML, and its scripts added after
// the page's load) put in place of the demo's embed, with this build's files instead of the
// CDN's. Used by the tests (e2e/first-paint.test.mjs) and the benchmark (bench/lighthouse.mjs).

/** The demo page (`html`, served at the root of `url`) with the recommended embed; `page`:
 *  a browser page to run the builder in. */
export async function inPageEmbed(page, url, html) {
  const tag = html.match(/\s*(<!--[^>]*-->\s*)?<script src="embed\.js"[^>]*><\/script>/);
  const element = html.match(/<botox-guide\b[^>]*>[\s\S]*?<\/botox-guide>/);
  if (!tag || !element) throw new Error('the demo page: the embed tag or the element changed shape');
  const attrs = [...element[0].match(/<botox-guide\b[^>]*>/)[0].matchAll(/([a-z-]+)="([^"]*)"/g)].map(([, k, v]) => [k, v.replace(/&amp;/g, '&')]);
  await page.goto(url + '/builder.html');
  for (const [name, value] of attrs) await page.fill(`#opt-${name}`, value);
  await page.waitForFunction((name) => {
    const t = document.getElementById('snippet-html-page').textContent;
    return t.includes('<template shadowrootmode') && t.includes(name);
  }, attrs[0][1].replace(/&/g, '&amp;'));
  const snippet = (await page.textContent('#snippet-html-page')).replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/botox-guide@[^/]+\/dist\//g, '');
  return html.replace(tag[0], '').replace(element[0], snippet.trim());
}
