/*! botox-guide embed loader. One classic <script> tag (best right before the first
 *  widget, without defer: the guide then paints while the page is parsed); no bundler.
 *
 *  - defines <botox-guide clinic-name="…" phone="…" …></botox-guide>
 *  - mounts into every <div data-botox-guide data-clinic-name="…"> (now and later)
 *  - window.BotoxGuide = { mount(element, options) -> { update(options), unmount() }, ready }
 *
 *  It carries the prerendered guide (painted at once) and loads botox-guide.js
 *  (wasm-bindgen glue) and botox-guide_bg.wasm from the folder this script was loaded
 *  from, once per page, however many instances there are, checking their SHA-384.
 */
(function () {
  'use strict';
  if (window.BotoxGuide && window.BotoxGuide.version) return; // loaded twice: keep the first

  var OPTIONS = ['clinic-name', 'phone', 'booking-url', 'locale', 'tab', 'sections',
    'treatment', 'theme', 'content-url', 'deep-link', 'reviewed-by', 'reviewed-on', 'loading'];
  var GLUE = 'botox-guide.js';
  var WASM = 'botox-guide_bg.wasm';
  var SHELL = 'botox-guide-shell.html'; // prerendered first view (built by examples/prerender.rs)
  var CSS = 'botox-guide.css';
  var EN = 'botox-guide-en.json'; // the English content, which the wasm reads
  var TAG = 'botox-guide';
  // Subresource Integrity of the files loaded next (SHA-384), written by the build
  // (examples/prerender.rs); the browser refuses a file whose bytes do not match.
  var INTEGRITY = {}; // filled in at build time
  var PREFIX = 'botox-guide:';

  var me = document.currentScript;
  var base = new URL('.', (me && me.src) || location.href).href;
  var records = new WeakMap(); // element -> record
  var live = new Set(); // records with a widget (or one on its way)

  var readyResolve, readyReject;
  var ready = new Promise(function (resolve, reject) { readyResolve = resolve; readyReject = reject; });
  ready.catch(function () {}); // a failed load is reported through events, never thrown at the page
  var wasm = null;
  var wasmMemory = null;

  function checked(name) {
    return INTEGRITY[name] ? { integrity: INTEGRITY[name] } : {};
  }

  function load() {
    if (wasm) return wasm;
    // The glue module is checked through a modulepreload link with its hash: import() then
    // uses that (verified) fetch, and fails if the bytes do not match.
    if (INTEGRITY[GLUE]) {
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = base + GLUE;
      link.integrity = INTEGRITY[GLUE];
      document.head.appendChild(link);
    }
    // The wasm download starts now, in parallel with the glue.
    var wasmResponse = fetch(base + WASM, checked(WASM));
    wasmResponse.catch(function () {});
    wasm = import(base + GLUE)
      .then(function (glue) {
        return glue.default({ module_or_path: wasmResponse }).then(function (exports) {
          wasmMemory = exports && exports.memory;
          return glue;
        });
      });
    // The wasm takes its stylesheet and its English text from here (neither is compiled
    // in). A development copy without them inline fetches them first.
    if (css === null || contentEn === null) {
      wasm = Promise.all([wasm, loadShell().then(function (s) { css = s.css; contentEn = s.content; }, function () {})])
        .then(function (r) { return r[0]; });
    }
    wasm = wasm.catch(function (err) {
      var message = 'botox-guide: the widget could not load (' + (err && err.message || err) + ').';
      console.warn(message);
      throw new Error(message);
    });
    wasm.then(function () { readyResolve(api); }, readyReject);
    return wasm;
  }

  // The prerendered shell: the guide's first view as HTML + CSS. The build writes both into
  // this file (SHELL_HTML, SHELL_CSS), so the guide paints the moment a widget is found, with
  // no round trip and usually in the page's first paint (no layout shift). A development
  // copy without them fetches the two files instead. The wasm then renders the live widget
  // into the same box.
  var SHELL_HTML = null, SHELL_CSS = null, CARD = null; // filled in at build time
  var CONTENT_EN = null; // filled in at build time
  var css = SHELL_CSS; // the stylesheet text, handed to the wasm
  var contentEn = CONTENT_EN; // the English content (JSON text), handed to the wasm
  var shell = null;
  function loadShell() {
    if (shell) return shell;
    if (SHELL_HTML !== null && SHELL_CSS !== null) {
      var inline = new CSSStyleSheet();
      inline.replaceSync(SHELL_CSS);
      shell = { html: SHELL_HTML, sheet: inline };
      return shell;
    }
    function text(url) {
      return fetch(base + url, checked(url)).then(function (r) { if (!r.ok) throw new Error(url + ': ' + r.status); return r.text(); });
    }
    shell = Promise.all([text(SHELL), text(CSS), text(EN)]).then(function (parts) {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(parts[1]);
      return { html: parts[0], sheet: sheet, css: parts[1], content: parts[2] };
    });
    shell.catch(function () {}); // no shell: the placeholder stays until the wasm renders
    return shell;
  }

  function paintShell(record) {
    var root = record.el.shadowRoot;
    var options = currentOptions(record);
    // The shell is the built-in English guide: not for other locales or a clinic's own text.
    if (options['content-url'] || resolveLocale(options.locale) !== 'en') return;
    // A clinic may have pasted the prerendered snippet (a declarative shadow root): it is
    // already on screen, so only make its tabs work.
    if (root && root.querySelector('.root')) { wireShell(record); return; }
    function paint(s) {
      var root = record.el.shadowRoot;
      if (record.instance || record.gone || !root || root.querySelector('.root')) return;
      root.adoptedStyleSheets = [s.sheet];
      root.innerHTML = s.html;
      wireShell(record);
    }
    var s = loadShell();
    if (s.then) s.then(paint, function () {});
    else paint(s); // now, in the same task: before the next paint
  }

  // Mirrors options::resolve_locale in Rust (tested there): for locale="auto", the page's
  // <html lang>, else the browser's languages, else English. Unknown values count as English
  // (the wasm warns about them).
  var LOCALES = ['en', 'es'];
  function resolveLocale(value) {
    var v = String(value || 'en').trim().toLowerCase();
    if (v !== 'auto') return LOCALES.indexOf(v) >= 0 ? v : 'en';
    var tags = [document.documentElement.lang].concat(navigator.languages || []);
    for (var i = 0; i < tags.length; i++) {
      var primary = String(tags[i] || '').split(/[-_]/)[0].toLowerCase();
      if (LOCALES.indexOf(primary) >= 0) return primary;
    }
    return 'en';
  }

  function wireShell(record) {
    var root = record.el.shadowRoot;
    root.querySelector('.root').setAttribute('data-shell', ''); // replaced by the live widget
    var options = currentOptions(record);
    var shown = (options.sections || '').split(/[\s,]+/).filter(Boolean);
    var first = shown.length ? shown : null;
    // Keep the shell's tabs to the clinic's sections and open the requested tab.
    root.querySelectorAll('[role=tab]').forEach(function (t) {
      var id = t.getAttribute('data-tab');
      if (first && first.indexOf(id) < 0) { t.remove(); root.getElementById('bg-panel-' + id).remove(); }
    });
    fillCard(root, options);
    var theme = String(options.theme || '').toLowerCase();
    if (/^(light|dark|auto)$/.test(theme)) root.querySelector('.root').setAttribute('data-theme', theme);
    selectShellTab(record, options.tab || (first && first[0]) || 'about', false);
    // Until the wasm takes over, tabs in the shell still switch (and the choice is kept).
    root.addEventListener('click', function (e) {
      var tab = !record.instance && e.target.closest && e.target.closest('[role=tab]');
      if (tab) selectShellTab(record, tab.getAttribute('data-tab'), true);
    });
  }

  // The loader's shell carries a clinic card template (CARD's placeholders). Fill it from the
  // options the way the wasm will (options.rs: name up to 120 characters, phone of digits and
  // + - ( ) . with 3 to 20 digits, https booking address), or remove it: the live widget then
  // takes the same space and the host page does not move.
  function fillCard(root, options) {
    var card = CARD && root.querySelector('.clinic-card');
    if (!card) return;
    var name = String(options['clinic-name'] || '').trim();
    var phone = String(options.phone || '').trim();
    var booking = String(options['booking-url'] || '').trim();
    var digits = phone.replace(/[^0-9]/g, '');
    var phoneOk = /^[0-9 +().-]+$/.test(phone) && digits.length >= 3 && digits.length <= 20 && phone.slice(1).indexOf('+') < 0;
    var bookingOk = /^https:\/\/[^\/?#]/.test(booking) && !/[\s"<>]/.test(booking);
    if (name.length > 120) name = '';
    if (!name && !phoneOk && !bookingOk) { card.remove(); return; }
    card.querySelector('h2').textContent = name || card.getAttribute('aria-label');
    var links = card.querySelectorAll('a');
    if (phoneOk) {
      links[0].href = 'tel:' + (phone.charAt(0) === '+' ? '+' : '') + digits;
      links[0].textContent = links[0].textContent.replace(CARD.phone, phone);
    } else links[0].remove();
    if (bookingOk) links[1].href = booking;
    else links[1].remove();
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
    });
  }

  // Placeholder shown until the wasm is ready: the element's own light-DOM content
  // (a clinic's fallback link), or a short loading line; the widget's space is reserved.
  var placeholderCss = ':host{display:block;min-height:var(--botox-guide-reserved-height,480px);' +
    'font-family:var(--botox-guide-font-family,inherit)}p{margin:0;padding:16px}';
  var placeholderSheet = null;
  try {
    placeholderSheet = new CSSStyleSheet();
    placeholderSheet.replaceSync(placeholderCss);
  } catch (e) { placeholderSheet = null; }

  // The loader's own two lines, in each locale (the rest of the text is in the content files).
  var MESSAGES = {
    en: { loading: 'Loading the Botox guide…', failed: 'Sorry, the Botox guide could not be loaded. Please ask the clinic for this information.' },
    es: { loading: 'Cargando la guía sobre el Botox…', failed: 'Lo sentimos, no se pudo cargar la guía sobre el Botox. Pida esta información a la clínica.' }
  };
  function loaderText(record, key) {
    return MESSAGES[resolveLocale(currentOptions(record).locale)][key];
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
      p.textContent = loaderText(record, 'loading');
      slot.appendChild(p);
      root.appendChild(slot);
    }
    return root;
  }

  function showFailure(record, message) {
    emit(record.el, 'error', { message: message });
    var root = record.el.shadowRoot;
    var p = root && root.querySelector('slot > p');
    if (p) p.textContent = loaderText(record, 'failed');
  }

  function emit(el, name, detail) {
    el.dispatchEvent(new CustomEvent(PREFIX + name, { bubbles: true, composed: true, detail: detail }));
  }

  function attributeOptions(el) {
    var isDiv = el.localName !== TAG;
    var out = {};
    OPTIONS.forEach(function (name) {
      var attr = (isDiv ? 'data-' : '') + name;
      if (el.hasAttribute(attr)) out[name] = el.getAttribute(attr);
    });
    return out;
  }

  // Option names as the wasm reads them (options.rs): `clinicName`, `data-clinic-name` and
  // `clinic_name` all mean `clinic-name`.
  function kebab(name) {
    return String(name).trim().replace(/^data-/, '').replace(/[A-Z]/g, function (c) { return '-' + c.toLowerCase(); }).replace(/_/g, '-');
  }

  function currentOptions(record) {
    var out = attributeOptions(record.el);
    for (var k in record.extra) if (Object.prototype.hasOwnProperty.call(record.extra, k)) out[kebab(k)] = record.extra[k];
    return out;
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
    if (isLazy(record)) waitUntilNear(record);
    else goLive(record);
    return handleFor(record);
  }

  // loading="lazy" (like an iframe's): the guide is painted at once (the shell, whose tabs
  // work), but the wasm is fetched only when this widget comes within about one screen of
  // the viewport, so a widget far down a page costs the page's first load only embed.js.
  // Without IntersectionObserver it loads at once, as with "eager" (the default).
  var nearObserver = null;
  function isLazy(record) {
    return String(currentOptions(record).loading || '').trim().toLowerCase() === 'lazy' &&
      typeof IntersectionObserver === 'function';
  }
  function waitUntilNear(record) {
    if (!nearObserver) {
      nearObserver = new IntersectionObserver(function (entries) {
        entries.forEach(function (entry) {
          if (!entry.isIntersecting) return;
          nearObserver.unobserve(entry.target);
          var near = records.get(entry.target);
          if (near && !near.gone) goLive(near);
        });
      }, { rootMargin: '100% 0px' });
    }
    record.waiting = true;
    nearObserver.observe(record.el);
  }

  // Load the wasm (once per page) and render the live widget in place of the shell.
  function goLive(record) {
    var el = record.el;
    record.waiting = false;
    load().then(function (glue) {
      if (record.gone || record.instance) return;
      try {
        var focused = el.shadowRoot.activeElement && el.shadowRoot.activeElement.getAttribute('data-tab');
        // Marks for the benchmark: how long the takeover keeps the main thread.
        performance.mark('botox-guide:mount-start');
        record.instance = glue.mount(el, el.shadowRoot, currentOptions(record), base, css, contentEn);
        performance.mark('botox-guide:mount-end');
        // Carry over what the visitor did in the shell: the tab they picked, and focus.
        if (record.visitorTab || focused) afterRender(el, function (root) {
          var picked = record.visitorTab && root.getElementById('bg-tab-' + record.visitorTab);
          if (picked && picked.getAttribute('aria-selected') !== 'true') picked.click();
          var tab = focused && root.getElementById('bg-tab-' + focused);
          if (tab) tab.focus();
        });
      } catch (err) {
        showFailure(record, 'botox-guide: the widget failed to start (' + (err && err.message || err) + ').');
      }
    }, function (err) { showFailure(record, err.message); });
  }

  // Run `fn` once the live widget has rendered into the shadow root.
  function afterRender(el, fn, tries) {
    requestAnimationFrame(function () {
      var root = el.shadowRoot;
      if (root && root.querySelector('.root')) fn(root);
      else if ((tries || 0) < 20) afterRender(el, fn, (tries || 0) + 1);
    });
  }

  function update(record, options) {
    if (options) {
      var add = copy(options);
      for (var k in add) if (Object.prototype.hasOwnProperty.call(add, k)) record.extra[k] = add[k];
    }
    // A lazy widget switched to eager (or the lazy option removed) loads now.
    if (record.waiting && !isLazy(record)) {
      if (nearObserver) nearObserver.unobserve(record.el);
      goLive(record);
    }
    if (record.instance) record.instance.update(currentOptions(record));
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
    version: '0.1.0',
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
})();
