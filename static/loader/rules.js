/* The loader's reading of options: the rules of src/options/table.rs, applied generically
 * from the generated data (DATA.options, DATA.tabs, DATA.defaults, DATA.phone,
 * DATA.urlForbidden). It knows no rule of its own; tests run it in node against the shared
 * fixture (tests/fixtures/options.json) that options::parse must also pass, so the
 * prerendered shell and the live widget always agree. No DOM here.
 */
// eslint-disable-next-line no-unused-vars
function botoxGuideRules(DATA) {
  'use strict';
  var SPECS = {};
  DATA.options.forEach(function (s) { SPECS[s.name] = s; });

  // Rust's char::is_whitespace (Unicode White_Space), not JavaScript's \s (which adds U+FEFF
  // and leaves out U+0085): both sides must trim and split the same way.
  var WS = '\t\n\u000b\f\r \u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';
  function isWs(c) { return WS.indexOf(c) >= 0; }
  function trim(s) {
    var chars = Array.from(s), a = 0, b = chars.length;
    while (a < b && isWs(chars[a])) a++;
    while (b > a && isWs(chars[b - 1])) b--;
    return chars.slice(a, b).join('');
  }
  function asciiLower(s) { return s.replace(/[A-Z]/g, function (c) { return c.toLowerCase(); }); }
  function isDigit(c) { return c >= '0' && c <= '9'; }
  function findId(ids, v) {
    var lower = asciiLower(v);
    for (var i = 0; i < ids.length; i++) if (asciiLower(ids[i]) === lower) return ids[i];
    return null;
  }

  /** `clinicName` (a JS API key) means `clinic-name`; names are otherwise taken as written. */
  function normaliseName(key) {
    return trim(String(key)).replace(/[A-Z]/g, function (c) { return '-' + c.toLowerCase(); });
  }

  function isPhone(v) {
    var chars = Array.from(v), digits = 0;
    for (var i = 0; i < chars.length; i++) {
      if (isDigit(chars[i])) digits++;
      else if (DATA.phone.extra.indexOf(chars[i]) < 0) return false;
    }
    return digits >= DATA.phone.minDigits && digits <= DATA.phone.maxDigits && v.slice(1).indexOf('+') < 0;
  }
  function safeChars(v) {
    return !Array.from(v).some(function (c) { return isWs(c) || DATA.urlForbidden.indexOf(c) >= 0; });
  }
  function isHttpsUrl(v) {
    if (v.indexOf('https://') !== 0) return false;
    var host = v.slice(8).split(/[/?#]/)[0];
    return host.length > 0 && safeChars(v);
  }
  function isSitePath(v) {
    return ((v.charAt(0) === '/' && v.charAt(1) !== '/') || v.indexOf('./') === 0) && safeChars(v);
  }
  function parseTabList(v) {
    var parts = v.split(/[, ]/).filter(Boolean), list = [];
    for (var i = 0; i < parts.length; i++) {
      var tab = findId(DATA.tabs, parts[i]);
      if (!tab || list.indexOf(tab) >= 0) return null;
      list.push(tab);
    }
    return list.length ? list : null;
  }
  function isoDate(v) {
    var m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(v);
    if (!m) return null;
    var y = +m[1], mo = +m[2], d = +m[3];
    var leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
    var days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
    return mo >= 1 && mo <= 12 && d >= 1 && d <= days ? v : null;
  }

  var EMPTY = {};
  /** A value checked by its rule: the value, EMPTY (keep the default), or null (refused). */
  function check(spec, v) {
    if (v === '') return spec.rule === 'flag' ? true : EMPTY;
    switch (spec.rule) {
      case 'text': return Array.from(v).length <= spec.max ? v : null;
      case 'word-or-text': return findId(spec.values, v) || (Array.from(v).length <= spec.max ? v : null);
      case 'phone': return isPhone(v) ? v : null;
      case 'https-url': return isHttpsUrl(v) ? v : null;
      case 'https-url-or-path': return isHttpsUrl(v) || isSitePath(v) ? v : null;
      case 'one-of': return findId(spec.values, v);
      case 'tab': return findId(DATA.tabs, v);
      case 'tab-list': return parseTabList(v);
      case 'flag': {
        var f = asciiLower(v);
        return f === 'true' || f === 'on' || f === 'yes' ? true : f === 'false' || f === 'off' || f === 'no' ? false : null;
      }
      case 'iso-date': return isoDate(v);
    }
    return null;
  }

  /**
   * Read option pairs ([name, value], in order) the way options::parse does. Returns
   * { options: { <option name>: value }, warnings: [{ option, value, expected }] }.
   */
  function parse(pairs) {
    var o = JSON.parse(JSON.stringify(DATA.defaults)), warnings = [], requested = null;
    function warn(option, value, expected) { warnings.push({ option: option, value: value, expected: expected }); }
    pairs.forEach(function (pair) {
      var name = normaliseName(pair[0]), raw = String(pair[1]), spec = SPECS[name];
      if (!spec) {
        warn(name, raw, DATA.options.map(function (s) { return s.name; }).join(', '));
        return;
      }
      var value = check(spec, trim(raw));
      if (value === null) warn(spec.name, raw, spec.expected);
      else if (spec.rule === 'tab') requested = [raw, value];
      else if (value !== EMPTY) o[spec.name] = value;
    });
    o.tab = o.sections[0];
    if (requested) {
      if (o.sections.indexOf(requested[1]) >= 0) o.tab = requested[1];
      else warn('tab', requested[0], 'one of the shown sections (' + o.sections.join(', ') + ')');
    }
    return { options: o, warnings: warnings };
  }

  /** The locale to show: a fixed one, or for "auto" the page's language, else the browser's
   *  languages, else the first (English), as Locale::negotiate does. */
  function resolveLocale(value, pageLang, browser) {
    if (value !== 'auto') return value;
    var tags = [pageLang].concat(browser || []);
    for (var i = 0; i < tags.length; i++) {
      if (tags[i] == null) continue;
      var found = findId(DATA.locales, trim(String(tags[i])).split(/[-_]/)[0]);
      if (found) return found;
    }
    return DATA.locales[0];
  }

  return { parse: parse, resolveLocale: resolveLocale, normaliseName: normaliseName };
}
