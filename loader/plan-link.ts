/** A plan link in the page's address: `#botox-guide-plan=2026-12-01T10:00~migraine`, the link
 *  a visitor sent to their phone ("Send to my phone", `src/plan_link.rs` writes it). Read once
 *  per page, when the loader starts, and removed from the address bar at once (the fragment
 *  never reached a server; now it stays out of bookmarks and shared addresses too). Its time
 *  is read by the `treatment-date` rule, like the option, and its treatment by the
 *  treatment ids: a bad value is named in the console and ignored. */
import type { RulesData } from './data';
import { check, findId, quoted } from './rules';

export interface PlanLink {
  /** The option pair the time is read as (after the page's own options: it comes first). */
  time: string;
  /** The treatment to show first, if the link named one that is known. */
  treatment: string | null;
}

/** The link's value in `hash` and the hash without it (the page's other parameters kept). */
export function splitHash(rules: RulesData, hash: string): { value: string; rest: string } | null {
  const parts = hash.replace(/^#/, '').split('&');
  const prefix = `${rules.planLink.key}=`;
  const at = parts.findIndex((p) => p.startsWith(prefix));
  if (at < 0) return null;
  let value = parts[at].slice(prefix.length);
  try {
    value = decodeURIComponent(value);
  } catch {
    // Left as written: the rule names it.
  }
  parts.splice(at, 1);
  return { value, rest: parts.join('&') };
}

/** What a link's value holds; warns (in the words of the Rust table) about what it cannot use. */
export function readValue(rules: RulesData, value: string, warn: (text: string) => void): PlanLink | null {
  const [time, treatment = null] = value.split(rules.planLink.separator);
  const spec = rules.options.find((o) => o.name === rules.planLink.option)!;
  const checked = check(rules, spec, time);
  const say = (template: string, value: string, expected: string) =>
    warn(template.replace('{option}', rules.planLink.key).replace('{value}', quoted(rules, value)).replace('{expected}', expected));
  if (typeof checked !== 'string') {
    say(rules.planLink.warnings.time, value, spec.expected);
    return null;
  }
  const known = treatment === null ? null : findId(rules.treatments, treatment);
  if (treatment !== null && !known) say(rules.planLink.warnings.treatment, treatment, rules.treatments.join(', '));
  return { time: checked, treatment: known };
}

/** Take the plan link from this page's address, once: read it and remove it (history's
 *  `replaceState`, so the back button is not changed). */
export function takePlanLink(rules: RulesData): PlanLink | null {
  const split = splitHash(rules, location.hash);
  if (!split) return null;
  try {
    history.replaceState(history.state, '', location.pathname + location.search + (split.rest ? `#${split.rest}` : ''));
  } catch {
    // A sandboxed frame may refuse: the plan is still read.
  }
  return readValue(rules, split.value, (text) => console.warn(text));
}
