/** The snippet builder's code (`dist/builder-data.js`): the loader's own rules, so the
 *  builder refuses exactly what the widget refuses, in the widget's words; and `prerender`,
 *  the guide laid out by the widget on the page (`embed.js`) as HTML to paste. */
import type { RulesData } from './data';
import { parse, warningText, type Warning } from './rules';
import { snippet } from './snippet';

interface Handle { unmount(): void }
interface Api { mount(el: Element, options: Record<string, string>): Handle | null }

const builder = (window as unknown as { BOTOX_GUIDE_BUILDER: { rules: RulesData; properties: string; hold: string; check?: unknown; prerender?: unknown } }).BOTOX_GUIDE_BUILDER;
builder.check = {
  parse: (pairs: [string, string][]) => parse(builder.rules, pairs),
  text: (w: Warning) => warningText(builder.rules, w),
};

/** How long a language pack or market file may take before `prerender` gives up. */
const WAIT_MS = 15000;

/** The guide for `options` (option name → value, already checked) as a first-time visitor
 *  sees it, from a widget on a hidden element (it never goes live: it is unmounted as soon as
 *  its first view is painted, once its language pack and market file are here). */
builder.prerender = (options: Record<string, string>, nonce = ''): Promise<string> => {
  const api = (window as unknown as { BotoxGuide?: Api }).BotoxGuide;
  if (!api) return Promise.reject(new Error('botox-guide: the builder needs embed.js on its page'));
  // The tab is always given, so a plan saved in this browser cannot move it.
  const sections = (options.sections ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  // In the page (hidden) while it waits: the loader lets go of widgets whose element has left it.
  const host = document.createElement('div');
  host.hidden = true;
  document.body.appendChild(host);
  const handle = api.mount(host, { ...options, tab: options.tab ?? sections[0] ?? builder.rules.tabs[0] });
  const root = host.shadowRoot;
  const end = () => { handle?.unmount(); host.remove(); };
  if (!handle || !root) {
    end();
    return Promise.reject(new Error('botox-guide: the guide could not be laid out'));
  }
  return new Promise<string>((resolve, reject) => {
    const done = () => {
      if (!root.querySelector('[role=tablist]')) return false;
      observer.disconnect();
      clearTimeout(timer);
      resolve(snippet(root, builder.properties, builder.hold, nonce));
      end();
      return true;
    };
    const observer = new MutationObserver(done);
    const timer = setTimeout(() => {
      observer.disconnect();
      end();
      reject(new Error('botox-guide: the text for these options did not come (see the warning above)'));
    }, WAIT_MS);
    if (!done()) observer.observe(root, { childList: true, subtree: true });
  });
};
