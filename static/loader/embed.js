/* The loader's DOM half: finds widgets, paints the prerendered shell laid out by the
 * options (read by rules.js from the generated DATA), loads the wasm once per page and
 * hands each widget over to it. The build wraps this file and rules.js in
 * `(function (DATA) { … })(data)` (xtask/src/loader.rs).
 *
 *  - defines <botox-guide clinic-name="…" phone="…" …></botox-guide>
 *  - mounts into every <div data-botox-guide data-clinic-name="…"> (now and later)
 *  - window.BotoxGuide = { mount(element, options) -> { update(options), unmount() }, ready, stats() }
 */
if (window.BotoxGuide && window.BotoxGuide.version) return; // loaded twice: keep the first

var rules = botoxGuideRules(DATA);
var OPTIONS = DATA.options.map(function (s) { return s.name; });
var TAG = DATA.tag;

/** Where embed.js itself was loaded from: the wasm, its glue and the language packs are
 *  next to it. `document.currentScript` is null when a platform loads it as a module or
 *  from a callback, so then the address in a stack trace of this very function, then a
 *  script tag naming embed.js, then the page. */
var me = document.currentScript;
function ownAddress() {
  if (me && me.src) return me.src;
  try { throw new Error('where am I'); } catch (e) {
    var found = String(e.stack || '').match(/((?:https?|file):\/\/[^\s()'"@]+?)(?::\d+){1,2}\)?\s*(?:\n|$)/);
    if (found) return found[1];
  }
  var tag = document.querySelector('script[src*="embed.js"]');
  return tag ? tag.src : location.href;
}
var base = new URL('.', ownAddress()).href;
var records = new WeakMap(); // element -> record
var live = new Set(); // records with a widget (or one on its way)

var readyResolve, readyReject;
var ready = new Promise(function (resolve, reject) { readyResolve = resolve; readyReject = reject; });
ready.catch(function () {}); // a failed load is reported through events, never thrown at the page
var wasm = null;
var wasmMemory = null;
var glueReady = null;

/** Resolves in a new task, so work after it does not lengthen the current one (input and
 *  the host page's own work can run in between). */
function nextTask() {
  if (window.scheduler && typeof scheduler.yield === 'function') return scheduler.yield();
  return new Promise(function (resolve) {
    var channel = new MessageChannel();
    channel.port1.onmessage = function () { resolve(); };
    channel.port2.postMessage(0);
  });
}

function checked(name) {
  return DATA.integrity[name] ? { integrity: DATA.integrity[name] } : {};
}

function load() {
  if (wasm) return wasm;
  var glueUrl = base + DATA.files.glue, wasmUrl = base + DATA.files.wasm;
  // Name the file and where it was looked for, and why: a checked (integrity) fetch hides
  // the answer, so a second, plain request tells a missing file from one of another build.
  var named = function (file, url) {
    return function (err) {
      return fetch(url, { method: 'HEAD', cache: 'no-store' }).then(function (r) {
        return r.ok ? 'its contents do not match the integrity hash in embed.js: a file from another build?' : 'the server answered ' + r.status + ': is it in the same folder as embed.js?';
      }, function () {
        return (err && err.message || err) + ': the network or the server\'s CORS headers refused it';
      }).then(function (why) { throw new Error(file + ' could not be loaded from ' + url + ' (' + why + ')'); });
    };
  };
  // The glue module is checked through a modulepreload link with its hash: import() then
  // uses that (verified) fetch, and fails if the bytes do not match.
  if (DATA.integrity[DATA.files.glue]) {
    var link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = glueUrl;
    link.integrity = DATA.integrity[DATA.files.glue];
    document.head.appendChild(link);
  }
  // The wasm download starts now, in parallel with the glue.
  var wasmResponse = fetch(wasmUrl, checked(DATA.files.wasm)).then(function (r) {
    if (!r.ok) throw new Error('the server answered ' + r.status);
    return r;
  }).catch(named(DATA.files.wasm, wasmUrl));
  wasmResponse.catch(function () {});
  wasm = import(glueUrl)
    .catch(named(DATA.files.glue, glueUrl))
    .then(function (glue) {
      return glue.default({ module_or_path: wasmResponse }).then(function (exports) {
        wasmMemory = exports && exports.memory;
        return nextTask();
      }).then(function () {
        // Page-wide set-up, each step a task of its own (together they were one long task
        // on a slow phone): the stylesheet and the English text (parsed), which ride in this
        // file; then the text typed.
        performance.mark('botox-guide:init-start');
        glue.init(base, DATA.css, DATA.shells.en.content);
        performance.mark('botox-guide:init-end');
        return nextTask();
      }).then(function () {
        glue.prepare();
        performance.mark('botox-guide:prepare-end');
        glueReady = glue;
        // Other languages' texts came with their packs: each read in a task of its own.
        return Object.keys(DATA.shells).filter(function (l) { return l !== DATA.locales[0]; }).reduce(function (done, l) {
          return done.then(nextTask).then(function () { provide(l); });
        }, Promise.resolve());
      }).then(function () { return glue; });
    })
    .catch(function (err) {
      var message = 'botox-guide: the widget could not load: ' + (err && err.message || err) +
        ' The guide stays readable; its date planner and treatment switch need this file.';
      console.warn(message);
      throw new Error(message);
    });
  wasm.then(function () { readyResolve(api); }, readyReject);
  return wasm;
}

// Locale packs (botox-guide-<locale>.js): a language's prerendered first view and text. A
// page may include one before this file (it then queues itself on the global); otherwise it
// is loaded here when a widget shows that language. Either way it paints at once and its
// text goes to the wasm, which then fetches nothing more for that language.
var packRequests = {}; // locale -> { promise, resolve }: settles when the pack came or failed
function addPack(pack) {
  if (!pack || typeof pack !== 'object' || DATA.locales.indexOf(pack.locale) < 0 || DATA.shells[pack.locale]) return;
  if (pack.version !== DATA.version) {
    console.warn('botox-guide: ' + packName(pack.locale) + ' is from version ' + pack.version + ' but embed.js is ' +
      DATA.version + '; it is ignored. Use files from one build.');
    return;
  }
  DATA.shells[pack.locale] = { html: pack.html, card: pack.card, content: pack.content };
  if (glueReady) provide(pack.locale);
  if (packRequests[pack.locale]) packRequests[pack.locale].resolve();
  live.forEach(function (record) {
    if (!record.instance && !record.gone && localeOf(view(record)) === pack.locale) paintShell(record);
  });
}
function packName(locale) {
  return DATA.files.packPrefix + locale + DATA.files.packSuffix;
}
function provide(locale) {
  try { glueReady.add_locale(locale, DATA.shells[locale].content); } catch (err) { console.warn(err && err.message || err); }
}
/** Load a language's pack once; the promise settles (never fails) when it came or could not. */
function requestPack(locale) {
  if (DATA.shells[locale]) return Promise.resolve();
  if (packRequests[locale]) return packRequests[locale].promise;
  var request = {};
  request.promise = new Promise(function (resolve) { request.resolve = resolve; });
  packRequests[locale] = request;
  var name = packName(locale), url = base + name, script = document.createElement('script');
  script.src = url;
  script.async = true;
  if (DATA.integrity[name]) { script.integrity = DATA.integrity[name]; script.crossOrigin = 'anonymous'; }
  if (me && me.nonce) script.nonce = me.nonce;
  script.onload = request.resolve;
  script.onerror = function () {
    console.warn('botox-guide: ' + name + ' could not be loaded from ' + url + ' (is it in the same folder as embed.js, ' +
      'and from the same build?). The widget fetches the ' + locale + ' text itself instead.');
    request.resolve();
  };
  document.head.appendChild(script);
  return request.promise;
}
var queued = window[DATA.packGlobal];
window[DATA.packGlobal] = { push: function () { for (var i = 0; i < arguments.length; i++) addPack(arguments[i]); } };
if (queued && queued.length) for (var q = 0; q < queued.length; q++) addPack(queued[q]);

// One constructable stylesheet for every shell (and, from the same text, every live widget).
var sheet = null;
function shellSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(DATA.css);
  }
  return sheet;
}

/** The options of a widget as rules.parse reads them. */
function view(record) {
  return rules.parse(pairs(record)).options;
}
function localeOf(options) {
  return rules.resolveLocale(options.locale, document.documentElement.lang, navigator.languages);
}

function paintShell(record) {
  var root = record.el.shadowRoot;
  var options = view(record);
  // The shell is the built-in guide in that language (for a clinic's own content too: it is
  // shown until that content arrives). Another language paints as soon as its pack is here
  // (the placeholder holds its space till then).
  var locale = localeOf(options), shell = DATA.shells[locale];
  if (!shell) {
    requestPack(locale).then(function () {
      if (DATA.shells[locale] && !record.gone && !record.instance && localeOf(view(record)) === locale) paintShell(record);
    });
    return;
  }
  // Painted once per language; later option changes patch it in place (replacing it each
  // time made Chromium keep every old copy alive). A clinic may have pasted the prerendered
  // snippet (a declarative shadow root): it is already on screen, so only lay it out.
  if (record.paintedLocale !== locale && (record.paintedLocale || !root.querySelector('.root'))) {
    root.adoptedStyleSheets = [shellSheet()];
    root.innerHTML = shell.html;
  }
  record.paintedLocale = locale;
  wireShell(record, shell);
}

/** The shell's parts that options add or take away, kept from its first paint so a later
 *  change can put them back: each tab and panel, the title and its text, the clinic card. */
function partsOf(record) {
  var root = record.el.shadowRoot;
  var frame = root.querySelector('.root');
  if (record.parts && record.parts.frame === frame) return record.parts;
  var card = frame.querySelector('.clinic-card');
  var title = frame.querySelector('.title');
  var parts = {
    frame: frame, list: frame.querySelector('[role=tablist]'), footer: frame.querySelector('.footer'),
    title: title, titleText: title && title.textContent,
    card: card && card.cloneNode(true), tabs: {}, panels: {}
  };
  DATA.tabs.forEach(function (id) {
    parts.tabs[id] = root.getElementById('bg-tab-' + id);
    parts.panels[id] = root.getElementById('bg-panel-' + id);
  });
  record.parts = parts;
  return parts;
}

function wireShell(record, shell) {
  var root = record.el.shadowRoot;
  var parts = partsOf(record);
  var frame = parts.frame;
  frame.setAttribute('data-shell', ''); // replaced by the live widget
  var options = view(record);
  layOut(parts, options);
  fillCard(parts, options, shell.card);
  var title = parts.title;
  if (title) {
    if (options.heading === 'none') title.remove();
    else {
      title.textContent = options.heading || parts.titleText;
      if (!title.isConnected) frame.insertBefore(title, frame.firstChild);
    }
  }
  frame.setAttribute('data-theme', options.theme);
  showTreatment(record, options);
  fillReview(frame, options);
  // A clinic's own content is on its way: the built-in guide shows meanwhile, and says so.
  var notice = frame.querySelector('.notice[data-content-loading]');
  if (options['content-url'] && !notice) {
    notice = document.createElement('p');
    notice.className = 'notice';
    notice.setAttribute('role', 'status');
    notice.setAttribute('data-content-loading', '');
    notice.textContent = message(record, 'contentLoading');
    frame.insertBefore(notice, parts.list);
  } else if (!options['content-url'] && notice) notice.remove();
  selectShellTab(record, options.tab, false);
  // Until the wasm takes over, tabs in the shell still switch (and the choice is kept).
  if (!record.wired) {
    record.wired = true;
    root.addEventListener('click', function (e) {
      var tab = !record.instance && e.target.closest && e.target.closest('[role=tab]');
      if (tab) selectShellTab(record, tab.getAttribute('data-tab'), true);
    });
    // The treatment switch too: the figures and steps of the treatment picked.
    root.addEventListener('change', function (e) {
      var input = !record.instance && e.target.closest && e.target.closest('.switch input');
      if (!input) return;
      record.visitorTreatment = input.value;
      showTreatment(record, view(record));
    });
  }
}

/** The prerendered view holds every treatment's figures and steps (`data-treatment`): show
 *  the clinic's treatment (with `both`, the one the visitor picked, first the first), and the
 *  switch only for `both`, set to it. */
function showTreatment(record, options) {
  var frame = record.el.shadowRoot.querySelector('.root');
  var both = options.treatment === 'both';
  var shown = both ? record.visitorTreatment || DATA.treatments[0] : options.treatment;
  frame.querySelectorAll('[data-treatment]').forEach(function (el) { el.hidden = el.getAttribute('data-treatment') !== shown; });
  frame.querySelectorAll('.switch').forEach(function (s) {
    s.hidden = !both;
    s.querySelectorAll('input').forEach(function (i) { i.checked = i.value === shown; });
  });
}

/** The footer's review line (`data-review` parts): "not reviewed", or the reviewer's name and
 *  the review date, worded by the browser with the options the live widget uses. */
function fillReview(frame, options) {
  var by = options['reviewed-by'], on = options['reviewed-on'];
  frame.querySelectorAll('[data-review]').forEach(function (part) {
    var kind = part.getAttribute('data-review');
    var signed = !!(by || on);
    part.hidden = kind === 'none' || kind === 'unsigned' ? signed : kind === 'signed' ? !signed : kind === 'by' ? !by : !on;
  });
  var name = frame.querySelector('[data-review=by] bdi');
  if (name) name.textContent = by || '';
  var time = frame.querySelector('[data-review=on] time');
  if (time && on) {
    var ymd = on.split('-').map(Number);
    time.setAttribute('datetime', on);
    time.textContent = new Intl.DateTimeFormat(frame.getAttribute('lang'), DATA.longDate).format(Date.UTC(ymd[0], ymd[1] - 1, ymd[2]));
  }
}

// The shell holds every tab in the default order: show the clinic's sections, in its order
// (tabs in the tab list, panels before the clinic card and footer), and take the others out.
function layOut(parts, options) {
  var anchor = parts.frame.querySelector('.clinic-card') || parts.footer;
  DATA.tabs.forEach(function (id) {
    if (options.sections.indexOf(id) < 0) {
      if (parts.tabs[id]) parts.tabs[id].remove();
      if (parts.panels[id]) parts.panels[id].remove();
    }
  });
  options.sections.forEach(function (id) {
    if (parts.tabs[id]) parts.list.appendChild(parts.tabs[id]);
    if (parts.panels[id]) parts.frame.insertBefore(parts.panels[id], anchor);
  });
  // What only makes sense with another tab shown (a button that opens it).
  parts.frame.querySelectorAll('[data-needs-tab]').forEach(function (el) {
    el.hidden = options.sections.indexOf(el.getAttribute('data-needs-tab')) < 0;
  });
}

// The shell's clinic card is a template (placeholders from DATA): a fresh copy filled from
// the options, already checked by the rules the wasm uses, or none; the live widget then
// takes the same space and the host page does not move.
function fillCard(parts, options, template) {
  var old = parts.frame.querySelector('.clinic-card');
  if (old) old.remove();
  var name = options['clinic-name'], phone = options.phone, booking = options['booking-url'];
  if (!parts.card || (!name && !phone && !booking)) return;
  var card = parts.card.cloneNode(true);
  card.querySelector('h2').textContent = name || card.getAttribute('aria-label');
  var links = card.querySelectorAll('a');
  if (phone) {
    links[0].href = 'tel:' + (phone.charAt(0) === '+' ? '+' : '') + phone.replace(/[^0-9]/g, '');
    links[0].textContent = links[0].textContent.replace(template.phone, phone);
  } else links[0].remove();
  if (booking) links[1].href = booking;
  else links[1].remove();
  // The printed sheet's lines (print-only): the number, and the booking address in full.
  var printed = card.querySelector('[data-print=phone]');
  if (printed && phone) printed.textContent = printed.textContent.replace(template.phone, phone);
  else if (printed) printed.remove();
  printed = card.querySelector('[data-print=booking]');
  if (printed && booking) printed.textContent = printed.textContent.replace(template.booking, booking);
  else if (printed) printed.remove();
  parts.frame.insertBefore(card, parts.footer);
}

function selectShellTab(record, id, byVisitor) {
  var root = record.el.shadowRoot;
  if (!root.getElementById('bg-tab-' + id)) return;
  if (byVisitor) record.visitorTab = id;
  root.querySelectorAll('[role=tab]').forEach(function (t) {
    var on = t.getAttribute('data-tab') === id;
    t.setAttribute('aria-selected', on ? 'true' : 'false');
    t.tabIndex = on ? 0 : -1;
    var panel = root.getElementById(t.getAttribute('aria-controls'));
    if (panel) panel.hidden = !on;
    // In the next frame, when the browser lays the page out anyway: measuring at once would
    // force a layout of the whole host page (100+ ms at 4x CPU slowdown).
    if (on) requestAnimationFrame(function () { reveal(t.parentNode, t); });
  });
}

/** Scroll the one-row tab list sideways (never the page) so `tab` is in view, as the live
 *  Tabs component does (components/tabs.rs `reveal` and `reveal_by`, same margin). */
function reveal(row, tab) {
  var a = row.scrollLeft, b = a + row.clientWidth, l = tab.offsetLeft, r = l + tab.offsetWidth;
  var room = (b - a - (r - l)) / 2, m = Math.min(DATA.revealMargin, Math.max(room, 0));
  var by = room < 0 ? l - a : l < a + m ? l - a - m : r > b - m ? r - b + m : 0;
  if (by) row.scrollLeft += Math.round(by);
}

// Placeholder shown until the wasm is ready when no shell fits (a clinic's own content):
// the element's own light-DOM content (a clinic's fallback link), or a short loading line;
// the widget's space is reserved.
var placeholderCss = ':host{display:block;min-height:var(--botox-guide-reserved-height,480px);' +
  'font-family:var(--botox-guide-font-family,inherit)}p{margin:0;padding:16px}';
var placeholderSheet = null;
try {
  placeholderSheet = new CSSStyleSheet();
  placeholderSheet.replaceSync(placeholderCss);
} catch (e) { placeholderSheet = null; }

function message(record, key) {
  var m = DATA.messages[localeOf(view(record))] || DATA.messages[DATA.locales[0]];
  return m[key];
}

function prepareShadow(record) {
  var el = record.el;
  var root = el.shadowRoot;
  if (!root) {
    try { root = el.attachShadow({ mode: 'open' }); } catch (e) { return null; }
    if (placeholderSheet) root.adoptedStyleSheets = [placeholderSheet];
    else root.innerHTML = '<style>' + placeholderCss + '</style>';
    var slot = document.createElement('slot');
    var p = document.createElement('p');
    p.textContent = message(record, 'loading');
    slot.appendChild(p);
    root.appendChild(slot);
  }
  return root;
}

function showFailure(record, text) {
  emit(record.el, 'error', { message: text });
  var root = record.el.shadowRoot;
  var p = root && root.querySelector('slot > p');
  if (p) p.textContent = message(record, 'failed');
  // A shell is readable, but the parts that need the wasm say so and are switched off.
  var frame = root && root.querySelector('.root[data-shell]');
  if (frame && !frame.querySelector('.notice')) {
    var notice = document.createElement('p');
    notice.className = 'notice';
    notice.setAttribute('role', 'status');
    notice.textContent = message(record, 'unavailable');
    var list = frame.querySelector('[role=tablist]');
    frame.insertBefore(notice, list);
    frame.querySelectorAll('.plan-controls input, .plan-controls button, .switch input').forEach(function (c) { c.disabled = true; });
  }
}

/** An event under its name and, for one release, its deprecated colon name. */
function emit(el, name, detail) {
  [DATA.events.prefix, DATA.events.legacyPrefix].forEach(function (prefix) {
    el.dispatchEvent(new CustomEvent(prefix + name, { bubbles: true, composed: true, detail: detail }));
  });
}

// Attributes any HTML element may carry: not options.
var GLOBAL = ['id', 'class', 'style', 'hidden', 'title', 'lang', 'dir', 'slot', 'part', 'exportparts', 'tabindex',
  'role', 'translate', 'draggable', 'contenteditable', 'spellcheck', 'autofocus', 'accesskey', 'inert', 'is', 'nonce',
  'popover', 'enterkeyhint', 'inputmode', 'autocapitalize', 'itemscope', 'itemprop', 'itemtype', 'itemid', 'itemref'];
var warned = new WeakMap(); // element -> names already warned about by the loader

/** The element's options: on <botox-guide>, every attribute that is not a global one (so a
 *  misspelt one reaches the wasm, which names it); on the div form, the `data-` ones. */
function attributeOptions(el) {
  var isDiv = el.localName !== TAG;
  var out = {};
  for (var i = 0; i < el.attributes.length; i++) {
    var name = el.attributes[i].name, value = el.attributes[i].value;
    if (isDiv) {
      if (name.indexOf('data-') === 0 && name !== 'data-botox-guide') out[name.slice(5)] = value;
      else if (OPTIONS.indexOf(name) >= 0) warnOnce(el, name, 'botox-guide: on <div data-botox-guide>, write data-' + name + '="…", not ' + name + '="…"; it is ignored.');
    } else if (name.indexOf('data-') && name.indexOf('aria-') && name.indexOf('on') && GLOBAL.indexOf(name) < 0) {
      out[name] = value;
    }
  }
  return out;
}
function warnOnce(el, key, text) {
  var seen = warned.get(el) || [];
  if (seen.indexOf(key) >= 0) return;
  seen.push(key);
  warned.set(el, seen);
  console.warn(text);
}

/** The options as the wasm gets them: attributes, then what the JS API set (by name). */
function currentOptions(record) {
  var out = attributeOptions(record.el);
  for (var k in record.extra) if (Object.prototype.hasOwnProperty.call(record.extra, k)) out[rules.normaliseName(k)] = record.extra[k];
  return out;
}
function pairs(record) {
  var o = currentOptions(record);
  return Object.keys(o).filter(function (k) { return o[k] != null; }).map(function (k) { return [k, String(o[k])]; });
}

function handleFor(record) {
  return {
    element: record.el,
    update: function (options) { update(record, options); },
    unmount: function () { unmount(record.el); }
  };
}

function mount(el, options) {
  if (!el || el.nodeType !== 1) {
    console.warn('botox-guide: mount() needs an element, got ' + el);
    return null;
  }
  var record = records.get(el);
  if (record) {
    if (options) update(record, options);
    return handleFor(record);
  }
  record = { el: el, extra: copy(options), instance: null, gone: false };
  records.set(el, record);
  live.add(record);
  if (!prepareShadow(record)) {
    console.warn('botox-guide: this element cannot hold a shadow root; use <botox-guide> or a <div>.');
    live.delete(record);
    return null;
  }
  paintShell(record);
  watchInteraction(record);
  if (isLazy(record)) waitUntilNear(record);
  else whenIdle(record);
  return handleFor(record);
}

// When the wasm is fetched and started (docs/decisions.md, "When the wasm loads"): the
// shell is painted at once and its tabs work, so nothing waits for the wasm. By default it
// loads once the host page has finished loading, in idle time, so it never competes with
// the page's own images, fonts and scripts; at once when the visitor first touches, clicks,
// types in or tabs into the widget; and with loading="lazy" (like an iframe's) only when the
// widget comes within about one screen of the viewport (or on that first interaction), so a
// widget far down a page costs the page's first load only embed.js. Without
// IntersectionObserver, lazy behaves as the default.
var pageLoaded = document.readyState === 'complete';
var idleQueue = [];
if (!pageLoaded) {
  window.addEventListener('load', function () { pageLoaded = true; flushIdle(); }, { once: true });
}
function whenIdle(record) {
  record.waiting = true;
  idleQueue.push(record);
  if (pageLoaded) flushIdle();
}
function flushIdle() {
  var later = window.requestIdleCallback || function (fn) { return setTimeout(fn, 50); };
  later(function () {
    var queue = idleQueue;
    idleQueue = [];
    queue.forEach(function (r) { if (r.waiting && !r.gone) goLive(r); });
  }, { timeout: 2000 });
}
function watchInteraction(record) {
  var start = function () { if (record.waiting && !record.gone) goLive(record); };
  ['pointerdown', 'keydown', 'focusin'].forEach(function (type) {
    record.el.addEventListener(type, start, { once: true, capture: true, passive: true });
  });
}
var nearObserver = null;
function isLazy(record) {
  return view(record).loading === 'lazy' && typeof IntersectionObserver === 'function';
}
function waitUntilNear(record) {
  if (!nearObserver) {
    nearObserver = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (!entry.isIntersecting) return;
        nearObserver.unobserve(entry.target);
        var near = records.get(entry.target);
        if (near && near.waiting && !near.gone) goLive(near);
      });
    }, { rootMargin: '100% 0px' });
  }
  record.waiting = true;
  record.near = true;
  nearObserver.observe(record.el);
}

// Load the wasm (once per page) and render the live widget in place of the shell.
function goLive(record) {
  var el = record.el;
  record.waiting = false;
  // A language's pack is far smaller than the wasm and asked for first: wait for it, so the
  // wasm is handed its text rather than fetching it again.
  var locale = localeOf(view(record));
  var pack = locale === DATA.locales[0] ? null : requestPack(locale);
  Promise.all([load(), pack]).then(function (loaded) {
    // Each widget takes over in a task of its own.
    return nextTask().then(function () { return loaded[0]; });
  }).then(function (glue) {
    if (record.gone || record.instance) return;
    try {
      var done = shellInput(el.shadowRoot);
      // Carry over what the visitor did in the shell: the tab they picked, what they typed,
      // chose and ticked, and where the focus was, once the live widget has rendered (its
      // `ready` event; a clinic's own content may keep it waiting for a while).
      el.addEventListener(DATA.events.prefix + 'ready', function () {
        if (!record.visitorTab && !done.controls.length && !done.focus) return;
        var root = el.shadowRoot;
        var picked = record.visitorTab && root.getElementById('bg-tab-' + record.visitorTab);
        if (picked && picked.getAttribute('aria-selected') !== 'true') picked.click();
        // The picked tab's panel renders in a later frame: restore once its controls exist.
        afterRender(el, function (live) { restoreInput(live, done); }, 0, function (live) {
          return done.controls.every(function (c) { return !c.key || live.querySelector(c.key); });
        });
      }, { once: true });
      // Marks for the benchmark: how long the takeover keeps the main thread.
      performance.mark('botox-guide:mount-start');
      record.instance = glue.mount(el, el.shadowRoot, currentOptions(record));
      performance.mark('botox-guide:mount-end');
    } catch (err) {
      showFailure(record, 'botox-guide: the widget failed to start (' + (err && err.message || err) + ').');
    }
  }, function (err) { showFailure(record, err.message); });
}

/** What the visitor did in the shell's form controls (values typed, boxes ticked, options
 *  chosen) and where the focus is, to carry over to the live widget. */
function shellInput(root) {
  var frame = root && root.querySelector('.root[data-shell]');
  var controls = [];
  if (frame) frame.querySelectorAll('input').forEach(function (i) {
    var toggled = i.type === 'radio' || i.type === 'checkbox';
    // A radio group is carried by the option chosen (the others follow).
    if (i.type === 'radio' ? i.checked && !i.defaultChecked : toggled ? i.checked !== i.defaultChecked : i.value !== i.defaultValue) {
      controls.push({ key: controlKey(i), toggled: toggled, checked: i.checked, value: i.value });
    }
  });
  var active = frame && root.activeElement;
  return { controls: controls, focus: active && frame.contains(active) ? controlKey(active) : null };
}
/** A selector for the same control in the live widget. */
function controlKey(el) {
  if (el.id) return '#' + CSS.escape(el.id);
  if (el.getAttribute('data-item')) return 'input[data-item="' + CSS.escape(el.getAttribute('data-item')) + '"]';
  if (el.name) return 'input[name="' + CSS.escape(el.name) + '"][value="' + CSS.escape(el.value) + '"]';
  return null;
}
function restoreInput(root, done) {
  done.controls.forEach(function (c) {
    var live = c.key && root.querySelector(c.key);
    if (!live) return;
    if (c.toggled) {
      if (live.checked !== c.checked) live.click();
    } else if (live.value !== c.value) {
      live.value = c.value;
      live.dispatchEvent(new Event('input', { bubbles: true }));
      live.dispatchEvent(new Event('change', { bubbles: true }));
    }
  });
  var focus = done.focus && root.querySelector(done.focus);
  if (focus) focus.focus();
}

// Run `fn` once the live widget has rendered into the shadow root (and `ready(root)` holds),
// or after 20 frames whatever there is.
function afterRender(el, fn, tries, ready) {
  requestAnimationFrame(function () {
    var root = el.shadowRoot;
    var live = root && root.querySelector('.root:not([data-shell])');
    if (live && (!ready || ready(root) || (tries || 0) >= 20)) fn(root);
    else if ((tries || 0) < 40) afterRender(el, fn, (tries || 0) + 1, ready);
  });
}

/** New options (an attribute changed, or `update()`): kept at once, applied once per frame,
 *  so a page that changes many options (or one many times) costs one re-layout. */
function update(record, options) {
  if (options) {
    var add = copy(options);
    for (var k in add) if (Object.prototype.hasOwnProperty.call(add, k)) record.extra[k] = add[k];
  }
  if (record.pending) return;
  record.pending = true;
  requestAnimationFrame(function () {
    record.pending = false;
    if (!record.gone) applyUpdate(record);
  });
}
function applyUpdate(record) {
  // A lazy widget switched to eager (or the lazy option removed) loads as eager ones do.
  if (record.near && record.waiting && !isLazy(record)) {
    record.near = false;
    if (nearObserver) nearObserver.unobserve(record.el);
    whenIdle(record);
  }
  if (record.instance) record.instance.update(currentOptions(record));
  else if (record.el.shadowRoot && record.el.shadowRoot.querySelector('.root[data-shell]')) paintShell(record);
}

function unmount(el) {
  var record = records.get(el);
  if (!record) return;
  record.gone = true;
  records.delete(el);
  live.delete(record);
  if (record.waiting && nearObserver) nearObserver.unobserve(el);
  if (record.instance) {
    record.instance.unmount();
    record.instance.free();
    record.instance = null;
  }
}

function copy(options) {
  var out = {};
  if (options && typeof options === 'object') {
    for (var k in options) if (Object.prototype.hasOwnProperty.call(options, k)) out[k] = options[k];
  }
  return out;
}

// <botox-guide> custom element.
if (window.customElements && !customElements.get(TAG)) {
  class BotoxGuideElement extends HTMLElement {
    static get observedAttributes() { return OPTIONS; }
    connectedCallback() { mount(this); }
    disconnectedCallback() {
      var el = this;
      // Moving an element (remove + insert in one task) must not reset it.
      queueMicrotask(function () { if (!el.isConnected) unmount(el); });
    }
    attributeChangedCallback() {
      var record = records.get(this);
      if (record) update(record);
    }
  }
  customElements.define(TAG, BotoxGuideElement);
}

// <div data-botox-guide> for page builders that strip unknown tags; also ones added later.
function scan(node) {
  if (node.nodeType !== 1) return;
  if (node.hasAttribute('data-botox-guide')) mount(node);
  var found = node.querySelectorAll('[data-botox-guide]');
  for (var i = 0; i < found.length; i++) mount(found[i]);
}
function sweep() {
  live.forEach(function (record) { if (!record.el.isConnected) unmount(record.el); });
}
var observer = new MutationObserver(function (mutations) {
  var removed = false;
  mutations.forEach(function (m) {
    if (m.type === 'attributes') {
      var record = records.get(m.target);
      if (record) update(record);
      else if (m.attributeName === 'data-botox-guide' && m.target.hasAttribute('data-botox-guide')) mount(m.target);
      return;
    }
    for (var i = 0; i < m.addedNodes.length; i++) scan(m.addedNodes[i]);
    if (m.removedNodes.length) removed = true;
  });
  if (removed) sweep();
});
function start() {
  scan(document.documentElement);
  observer.observe(document.documentElement, {
    childList: true, subtree: true, attributes: true,
    attributeFilter: ['data-botox-guide'].concat(OPTIONS.map(function (n) { return 'data-' + n; }))
  });
}
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();

var api = {
  version: DATA.version,
  mount: mount,
  options: OPTIONS.slice(),
  /** Numbers for debugging and the benchmark: live instances and wasm memory in bytes. */
  stats: function () {
    return { instances: live.size, wasmMemoryBytes: wasmMemory ? wasmMemory.buffer.byteLength : 0 };
  }
};
// Asking for `ready` starts loading the wasm even before any widget is on the page.
Object.defineProperty(api, 'ready', { enumerable: true, get: function () { load(); return ready; } });
window.BotoxGuide = api;
