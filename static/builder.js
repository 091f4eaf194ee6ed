/* The snippet builder: a form made from the option table (builder-data.js, generated), a
 * live preview, and copy-ready snippets. Values are checked with the loader's own rules and
 * a refused one is worded as the widget words it. No rule lives here. */
(function () {
  'use strict';
  var B = window.BOTOX_GUIDE_BUILDER;
  var fields = document.getElementById('fields');
  var preview = document.getElementById('preview-guide');
  var selfBase = document.getElementById('self-base');
  var order = B.tabs.map(function (t) { return t.id; });
  var on = {};
  order.forEach(function (id) { on[id] = true; });
  var controls = {}; // option name -> read(): string ('' = default)

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text != null) e.textContent = text;
    return e;
  }
  function title(name) { return (name.charAt(0).toUpperCase() + name.slice(1).replace(/-/g, ' ')).replace(/\burl\b/i, 'URL'); }
  function label(id) { var t = B.tabs.filter(function (x) { return x.id === id; })[0]; return t ? t.label : id; }
  function plain(md) { return md.replace(/`/g, ''); }

  function field(o) {
    var id = 'opt-' + o.name;
    var box = el('div', { class: 'field', 'data-option': o.name });
    var hint = el('p', { class: 'hint', id: id + '-hint' }, plain(o.doc) + ' Default: ' + plain(o.default) + '.');
    var warning = el('p', { class: 'warning', id: id + '-warning', 'aria-live': 'polite' });
    var control;
    if (o.rule === 'tab-list') return sections(o, box, hint, warning);
    if (o.rule === 'flag') {
      control = el('input', { type: 'checkbox', id: id });
      var l = el('label', { for: id }); l.appendChild(control); l.appendChild(document.createTextNode(' ' + title(o.name)));
      box.appendChild(l);
      controls[o.name] = function () { return control.checked ? 'true' : ''; };
    } else {
      box.appendChild(el('label', { for: id }, title(o.name)));
      if (o.rule === 'one-of' || o.rule === 'tab') {
        control = el('select', { id: id });
        control.appendChild(el('option', { value: '' }, 'Default'));
        var values = o.rule === 'tab' ? order : B.rules.options.filter(function (r) { return r.name === o.name; })[0].values;
        values.forEach(function (v) { control.appendChild(el('option', { value: v }, o.rule === 'tab' ? label(v) : v)); });
      } else {
        var type = o.input;
        control = el('input', { type: type, id: id, autocomplete: 'off' });
      }
      box.appendChild(control);
      controls[o.name] = function () { return control.value; };
    }
    control.setAttribute('aria-describedby', hint.id + ' ' + warning.id);
    control.addEventListener('input', refresh);
    control.addEventListener('change', refresh);
    box.appendChild(hint);
    box.appendChild(warning);
    return box;
  }

  // Sections: a box per tab, in the order shown, each movable up and down.
  function sections(o, box, hint, warning) {
    var set = el('fieldset', { class: 'sections', 'aria-describedby': hint.id + ' ' + warning.id });
    set.appendChild(el('legend', {}, 'Sections and their order'));
    var list = el('ol');
    set.appendChild(list);
    function draw(focusId) {
      list.textContent = '';
      order.forEach(function (id, i) {
        var li = el('li');
        var box = el('input', { type: 'checkbox', id: 'section-' + id, 'data-tab': id });
        box.checked = on[id];
        box.addEventListener('change', function () { on[id] = box.checked; refresh(); });
        li.appendChild(box);
        li.appendChild(el('label', { for: 'section-' + id }, label(id)));
        [['up', -1], ['down', 1]].forEach(function (d) {
          var b = el('button', { type: 'button', 'aria-label': 'Move ' + label(id) + ' ' + d[0], 'data-move': d[0] + '-' + id }, d[0] === 'up' ? '↑' : '↓');
          var to = i + d[1];
          if (to < 0 || to >= order.length) b.disabled = true;
          b.addEventListener('click', function () {
            order.splice(i, 1);
            order.splice(to, 0, id);
            draw(b.getAttribute('data-move'));
            refresh();
          });
          li.appendChild(b);
        });
        list.appendChild(li);
      });
      if (focusId) {
        var again = list.querySelector('[data-move="' + focusId + '"]');
        if (again && !again.disabled) again.focus();
        else if (again) again.parentNode.querySelector('input').focus();
      }
    }
    draw();
    controls[o.name] = function () {
      var chosen = order.filter(function (id) { return on[id]; });
      var isDefault = chosen.length === B.tabs.length && chosen.every(function (id, i) { return id === B.tabs[i].id; });
      return isDefault ? '' : chosen.join(',');
    };
    box.appendChild(set);
    box.appendChild(hint);
    box.appendChild(warning);
    return box;
  }

  B.options.forEach(function (o) { fields.appendChild(field(o)); });

  // The theme from the playground ("Open in the snippet builder": #theme=<its CSS>), shown in
  // the preview and put before the element in the HTML snippets. Only custom properties of
  // the guide are taken (it is CSS a visitor of this page never typed: nothing else runs).
  var theme = document.getElementById('theme');
  var themeStyle = document.createElement('style');
  document.head.appendChild(themeStyle);
  var fromHash = /^#theme=(.*)$/.exec(location.hash);
  if (fromHash) { try { theme.value = decodeURIComponent(fromHash[1]); } catch (e) { theme.value = ''; } }
  function themeCss() {
    var props = theme.value.split(/[;{}\n]/).map(function (d) { return d.trim(); }).filter(function (d) { return /^--botox-guide-[a-z-]+\s*:[^<>{}]+$/.test(d); });
    return props.length ? 'botox-guide, [data-botox-guide] {\n' + props.map(function (d) { return '  ' + d + ';'; }).join('\n') + '\n}' : '';
  }
  function styled(html) { var css = themeCss(); return css ? '<style>\n' + css + '\n</style>\n' + html : html; }
  theme.addEventListener('input', refresh);

  /** The options set, as [name, value] pairs in table order. */
  function pairs() {
    return B.options.map(function (o) { return [o.name, controls[o.name]()]; }).filter(function (p) { return p[1] !== ''; });
  }
  function esc(v) { return String(v).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'); }
  function attrs(ps) { return ps.map(function (p) { return p[0] + (p[1] === 'true' && isFlag(p[0]) ? '' : '="' + esc(p[1]) + '"'); }).join(' '); }
  function isFlag(name) { return B.options.some(function (o) { return o.name === name && o.rule === 'flag'; }); }
  function element(ps) { var a = attrs(ps); return '<botox-guide' + (a ? ' ' + a : '') + '></botox-guide>'; }
  function pack(ps) {
    var locale = (ps.filter(function (p) { return p[0] === 'locale'; })[0] || [])[1];
    return B.packs.filter(function (p) { return locale && p.file === 'botox-guide-' + locale + '.js'; })[0];
  }
  function scripts(base, ps, deferred) {
    var out = '', p = pack(ps);
    if (p) out += '<script src="' + esc(base + p.file) + '"\n        integrity="' + p.integrity + '"\n        crossorigin="anonymous" defer></script>\n';
    return out + '<script src="' + esc(base + 'embed.js') + '"\n        integrity="' + B.embedIntegrity + '"\n        crossorigin="anonymous"' + (deferred ? ' defer' : '') + '></script>\n';
  }
  // The recommended embed: the guide laid out for these options by the widget's own code
  // (B.prerender, loader/builder.ts), pasted inside the element, so it paints with the page's HTML;
  // embed.js then loads with defer and blocks nothing.
  var prerendered = { key: null, html: '', hash: '' };
  function inPage(ps) {
    var key = JSON.stringify(ps);
    if (prerendered.key !== key) {
      prerendered.key = key;
      prerendered.html = '';
      if (window.BotoxGuide) {
        var options = {};
        ps.forEach(function (p) { options[p[0]] = p[1]; });
        B.prerender(options).then(function (html) {
          if (prerendered.key !== key) return;
          prerendered.html = html;
          prerendered.hash = '';
          showPage(ps);
          // The inline script's hash, for a site whose Content-Security-Policy allows scripts
          // by hash (where the browser offers hashing: https or this machine).
          var script = afterLoad(cdnBase, ps).replace(/^<script>|<\/script>\n$/g, '');
          // Every inline style: the colour registrations and the guide's own.
          var styles = (html.match(/<style[^>]*>[\s\S]*?<\/style>/g) || []).map(function (s) { return s.replace(/^<style[^>]*>|<\/style>$/g, ''); });
          if (window.crypto && crypto.subtle) Promise.all([sha(script)].concat(styles.map(sha))).then(function (h) {
            if (prerendered.key !== key) return;
            prerendered.hash = 'script-src ' + h[0] + ' and style-src ' + h.slice(1).join(' ');
            showPage(ps);
          });
        }, function (err) { if (prerendered.key === key) document.getElementById('snippet-html-page').textContent = String(err && err.message || err); });
      }
    }
    if (!prerendered.html) return 'Preparing the guide for your page…';
    var css = themeCss();
    var hashes = prerendered.hash && (!css || themeHash.css === css && themeHash.hash) ? prerendered.hash + (css ? ' ' + themeHash.hash : '') : '';
    return styled(element(ps).replace('></botox-guide>', '>\n' + prerendered.html + '\n</botox-guide>\n') + afterLoad(cdnBase, ps)) +
      (hashes ? '<!-- With a Content-Security-Policy, allow the inline script and styles above: add ' + hashes + '. -->\n' : '');
  }
  function showPage(ps) { document.getElementById('snippet-html-page').textContent = inPage(ps); }
  /** A text's SHA-256, as a CSP source (where the browser offers hashing: https or this machine). */
  function sha(text) {
    return crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)).then(function (d) {
      var bytes = new Uint8Array(d), bin = '';
      for (var i = 0; i < bytes.length; i++) bin += String.fromCharCode(bytes[i]);
      return "'sha256-" + btoa(bin) + "'";
    });
  }
  // The theme's <style> needs its own hash under a CSP (the styled() block: its text between the tags).
  var themeHash = { css: '', hash: '' };
  function hashTheme(ps) {
    var css = themeCss();
    if (css === themeHash.css) return;
    themeHash = { css: css, hash: '' };
    if (css && window.crypto && crypto.subtle) sha('\n' + css + '\n').then(function (h) { if (themeHash.css === css) { themeHash.hash = h; showPage(ps); } });
  }
  // The scripts for the guide in the page's HTML: added once the page has loaded and its first
  // paint is on screen (or when the visitor first touches the guide), in order, with their integrity, so they never come
  // before anything of the page's own: not its first paint, not its largest paint.
  function afterLoad(base, ps) {
    var files = [], p = pack(ps);
    if (p) files.push([base + p.file, p.integrity]);
    files.push([base + 'embed.js', B.embedIntegrity]);
    return '<script>/* botox-guide: loads after the page */(function (d, g) {\n' +
      '  function go() {\n' +
      '    if (go.done) return; go.done = 1;\n' +
      '    ' + JSON.stringify(files) + '.forEach(function (f) {\n' +
      '      var s = d.createElement(\'script\'); s.src = f[0]; s.integrity = f[1]; s.crossOrigin = \'anonymous\'; s.async = false; d.head.appendChild(s);\n' +
      '    });\n' +
      '  }\n' +
      '  function later() {\n' +
      '    var P = window.PerformanceObserver;\n' +
      '    if (!P || (P.supportedEntryTypes || []).indexOf(\'paint\') < 0) return requestAnimationFrame(function () { setTimeout(go); });\n' +
      '    new P(function (l, o) { o.disconnect(); setTimeout(go); }).observe({ type: \'paint\', buffered: true });\n' +
      '  }\n' +
      '  if (d.readyState === \'complete\') later(); else addEventListener(\'load\', later);\n' +
      '  [\'pointerdown\', \'focusin\'].forEach(function (t) { g.addEventListener(t, go); });\n' +
      '})(document, document.currentScript.previousElementSibling);</script>\n';
  }
  function jsx(ps) {
    return '<botox-guide' + ps.map(function (p) {
      return '\n  ' + p[0] + '=' + (/["{}]/.test(p[1]) ? '{' + JSON.stringify(p[1]) + '}' : '"' + p[1] + '"');
    }).join('') + '\n  onbotox-guide-tab-change={(e) => console.log(e.detail.tab)}\n/>';
  }
  function shortcode(ps) {
    var e = function (v) { return String(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/\[/g, '&#91;').replace(/\]/g, '&#93;').replace(/</g, '&lt;'); };
    return '[botox_guide' + ps.map(function (p) { return ' ' + p[0].replace(/-/g, '_') + '="' + e(p[1]) + '"'; }).join('') + ']';
  }
  var cdnBase = 'https://cdn.jsdelivr.net/npm/' + B.package + '@' + B.version + '/dist/';
  var SNIPPETS = [
    ['html-page', 'Recommended: the guide in your page\'s HTML, from a CDN (paints with your page; its scripts load after your page)', inPage],
    ['html-cdn', 'One line: plain HTML, from a CDN (paste into an HTML or embed block)', function (ps) { return styled(scripts(cdnBase, ps) + element(ps)); }],
    ['html-self', 'Plain HTML, self-hosted (your copy of dist/)', function (ps) { return styled(scripts(selfBase.value.replace(/\/?$/, '/'), ps) + element(ps)); }],
    ['react', 'React 19 (load embed.js once, from any snippet above)', jsx],
    ['vue', 'Vue 3 (load embed.js once, from any snippet above)', function (ps) { return '// vite.config.ts (Vite compiles the templates; see docs/install/frameworks.md for others)\nvue({ template: { compilerOptions: { isCustomElement: (tag) => tag === \'botox-guide\' } } })\n\n<!-- in a template -->\n' + element(ps).replace('></botox-guide>', ' @botox-guide-tab-change="onTab"></botox-guide>'); }],
    ['wordpress', 'WordPress shortcode (with the botox-guide plugin)', shortcode],
  ];
  var snippetBox = document.getElementById('snippets');
  var copied = document.getElementById('copied');
  SNIPPETS.forEach(function (s) {
    var sec = el('div', { class: 'snippet' });
    var h = el('h3', { id: 'snippet-' + s[0] + '-heading' }, s[1]);
    var copy = el('button', { type: 'button', 'data-copy': s[0], 'aria-describedby': 'snippet-' + s[0] + '-heading' }, 'Copy');
    h.appendChild(copy);
    sec.appendChild(h);
    var pre = el('pre', { tabindex: '0', 'aria-labelledby': 'snippet-' + s[0] + '-heading' });
    pre.appendChild(el('code', { id: 'snippet-' + s[0] }));
    sec.appendChild(pre);
    copy.addEventListener('click', function () {
      var text = document.getElementById('snippet-' + s[0]).textContent;
      var done = function () { copied.textContent = 'Copied: ' + s[1].split(' (')[0] + '.'; };
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(done, function () { copied.textContent = 'Select the text and copy it with your keyboard.'; });
      else copied.textContent = 'Select the text and copy it with your keyboard.';
    });
    if (s[0] === 'wordpress') {
      // The plugin as WordPress's upload screen takes it (Plugins → Add New → Upload Plugin).
      var get = el('p', { class: 'hint' });
      get.appendChild(el('a', { href: cdnBase + B.wordpressZip, download: B.wordpressZip, id: 'wordpress-zip' }, 'Download the plugin (' + B.wordpressZip + ')'));
      get.appendChild(document.createTextNode(', then in WordPress: Plugins → Add New → Upload Plugin, choose the file, Install Now, Activate. Put the shortcode in any page, or add the "Botox guide" block.'));
      sec.appendChild(get);
    }
    snippetBox.appendChild(sec);
  });
  selfBase.addEventListener('input', refresh);

  function refresh() {
    themeStyle.textContent = themeCss();
    var ps = pairs();
    // The same check and the same words as the widget: warnings next to their field.
    var warnings = B.check.parse(ps).warnings;
    B.options.forEach(function (o) {
      var w = warnings.filter(function (x) { return x.option === o.name; })[0];
      var box = document.getElementById('opt-' + o.name + '-warning');
      box.textContent = w ? B.check.text(w) : '';
      var input = document.getElementById('opt-' + o.name);
      if (input) { if (w) input.setAttribute('aria-invalid', 'true'); else input.removeAttribute('aria-invalid'); }
    });
    // The preview and the snippets leave refused values out (the widget would ignore them).
    ps = ps.filter(function (p) { return !warnings.some(function (w) { return w.option === p[0]; }); });
    document.getElementById('snippets-note').textContent = warnings.length
      ? 'The snippets leave out the ' + (warnings.length === 1 ? 'value' : warnings.length + ' values') + ' marked above until ' + (warnings.length === 1 ? 'it is' : 'they are') + ' fixed.'
      : '';
    B.options.forEach(function (o) { preview.removeAttribute(o.name); });
    ps.forEach(function (p) { preview.setAttribute(p[0], p[1]); });
    hashTheme(ps);
    SNIPPETS.forEach(function (s) { document.getElementById('snippet-' + s[0]).textContent = s[2](ps); });
  }
  refresh();
  // embed.js (loaded after this file) brings BotoxGuide.prerender: fill the recommended snippet.
  window.addEventListener('DOMContentLoaded', function () { prerendered.key = null; refresh(); });
})();
