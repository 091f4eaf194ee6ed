/** The snippet builder's check (`dist/builder-data.js`): the loader's own rules, so the
 *  builder refuses exactly what the widget refuses, in the widget's words. */
import type { RulesData } from './data';
import { parse, warningText, type Warning } from './rules';

const builder = (window as unknown as { BOTOX_GUIDE_BUILDER: { rules: RulesData; check?: unknown } }).BOTOX_GUIDE_BUILDER;
builder.check = {
  parse: (pairs: [string, string][]) => parse(builder.rules, pairs),
  text: (w: Warning) => warningText(builder.rules, w),
};
