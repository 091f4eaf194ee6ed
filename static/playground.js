// Theme playground: edits --botox-guide-* tokens on two previews (light and dark) live,
// reports for each scheme how readable the colours actually used are (measured on the
// widgets themselves) and where the guide adjusted a colour to stay readable, and shows
// the CSS to copy. The token list comes from the build (playground-tokens.js, generated
// from src/theme.rs), so names and defaults always match the widget.
(function () {
  'use strict';
  var TOKENS = window.BOTOX_GUIDE_TOKENS || [];
  var previews = { light: document.getElementById('preview-light'), dark: document.getElementById('preview-dark') };
  var inputs = []; // { token, scheme: '' | 'light' | 'dark', input }
  // The text and non-text pairs the widget draws, measured in each preview.
  var CHECKS = [
    { what: 'Body text', el: '.root', fg: 'color', bg: '.root', need: 4.5 },
    { what: 'Selected tab and links', el: '[role=tab][aria-selected=true]', fg: 'color', bg: '.root', need: 4.5 },
    { what: 'Text on the tab bar', el: '[role=tab][aria-selected=false]', fg: 'color', bg: '.tablist', need: 4.5 },
    { what: 'Book button text', el: '.button-primary', fg: 'color', bg: '.button-primary', bgProp: 'background-color', need: 4.5 },
    { what: 'Urgent warning text', el: '.urgent h4', fg: 'color', bg: '.urgent', need: 4.5 },
    { what: 'Icons for Botox figures', el: '.icon-array:not(.placebo):not(.benefit) .on', fg: 'fill', bg: '.risk-card', need: 3 },
    { what: 'Selected tab underline', el: '[role=tab][aria-selected=true]', fg: 'border-bottom-color', bg: '.root', need: 3 },
  ];

  function row(container, token, scheme) {
    var id = 'token-' + (scheme ? scheme + '-' : '') + token.name;
    var wrap = document.createElement('div');
    wrap.className = 'swatch';
    var label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = token.what;
    var input = document.createElement('input');
    input.type = 'color';
    input.id = id;
    var initial = scheme === 'dark' ? token.dark : token.light;
    input.value = /^#[0-9a-f]{6}$/.test(initial) ? initial : '#0b6b66';
    input.dataset.default = input.value;
    input.dataset.token = token.name;
    if (scheme) { input.dataset.scheme = scheme; input.classList.add('unset'); }
    wrap.appendChild(label);
    wrap.appendChild(input);
    container.appendChild(wrap);
    inputs.push({ token: token, scheme: scheme, input: input, touched: false });
  }
  TOKENS.filter(function (t) { return t.colour; }).forEach(function (t) {
    row(document.getElementById('colours'), t, '');
    row(document.getElementById('colours-light'), t, 'light');
    row(document.getElementById('colours-dark'), t, 'dark');
  });
  // Every other token gets a control made from its default: fonts a list, sizes in px a
  // slider, numbers a number field, anything else (shadow, width, transition) a text field.
  var FONTS = [
    ['', "Inherit the page's font"], ['system-ui, sans-serif', 'System sans-serif'], ['Georgia, serif', 'Georgia (serif)'],
    ['"Palatino Linotype", Palatino, "Book Antiqua", serif', 'Palatino (serif)'], ['Garamond, "Times New Roman", serif', 'Garamond (serif)'],
    ['"Times New Roman", Times, serif', 'Times (serif)'], ['"Helvetica Neue", Helvetica, Arial, sans-serif', 'Helvetica / Arial'],
    ['Verdana, Geneva, sans-serif', 'Verdana'], ['"Trebuchet MS", sans-serif', 'Trebuchet MS'], ['Tahoma, sans-serif', 'Tahoma'],
    ['"Gill Sans", "Gill Sans MT", Calibri, sans-serif', 'Gill Sans / Calibri'], ['ui-monospace, Menlo, Consolas, monospace', 'Monospace'],
  ];
  var FAMILY = { 'font': 'Type', 'heading': 'Type', 'line': 'Type', 'space': 'Spacing', 'radius': 'Shape', 'border': 'Shape', 'callout': 'Shape', 'tab': 'Shape', 'max': 'Width', 'shadow': 'Shadow', 'transition': 'Motion' };
  TOKENS.filter(function (t) { return !t.colour; }).forEach(function (t) {
    var family = FAMILY[t.name.split('-')[0]] || 'Other';
    var set = document.getElementById('family-' + family);
    if (!set) {
      set = document.createElement('fieldset');
      set.id = 'family-' + family;
      var legend = document.createElement('legend');
      legend.textContent = family;
      set.appendChild(legend);
      document.getElementById('other-tokens').appendChild(set);
    }
    var id = 'token-' + t.name;
    var label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = t.what + ' ';
    var control, px = /^(\d+)px$/.exec(t.light);
    if (/font-family$/.test(t.name)) {
      control = document.createElement('select');
      FONTS.forEach(function (f) { var o = document.createElement('option'); o.value = f[0]; o.textContent = f[1]; control.appendChild(o); });
    } else if (px) {
      control = document.createElement('input');
      control.type = 'range';
      control.min = t.name === 'font-size' ? 12 : 0;
      control.max = Math.max(24, Number(px[1]) * 3);
      control.step = 1;
      control.dataset.unit = 'px';
      var out = document.createElement('output');
      out.htmlFor = id;
      out.id = id + '-out';
      label.appendChild(out);
    } else if (/^\d+(\.\d+)?$/.test(t.light)) {
      control = document.createElement('input');
      control.type = 'number';
      control.step = /\./.test(t.light) ? '0.05' : '100';
      control.min = /\./.test(t.light) ? '1' : '100';
      control.max = /\./.test(t.light) ? '2.5' : '900';
    } else {
      control = document.createElement('input');
      control.type = 'text';
      control.spellcheck = false;
    }
    control.id = id;
    control.dataset.token = t.name;
    if (control.tagName !== 'SELECT') control.value = control.defaultValue = px ? px[1] : t.light;
    set.appendChild(label);
    set.appendChild(control);
  });
  document.getElementById('colours').addEventListener('input', function (e) { mark(e.target); });
  document.getElementById('exact').addEventListener('input', function (e) { mark(e.target); });
  function mark(el) {
    var entry = inputs.find(function (i) { return i.input === el; });
    if (entry) { entry.touched = true; el.classList.remove('unset'); }
  }

  function propertyName(entry) {
    return '--botox-guide-' + (entry.scheme ? entry.scheme + '-' : '') + entry.token.name;
  }

  function changed() {
    var lines = [];
    // A colour that follows another (the Botox icons and the timeline follow the accent)
    // shows the colour it follows until it is set itself.
    inputs.forEach(function (entry) {
      if (entry.touched || !entry.token.follows) return;
      var lead = inputs.filter(function (e) { return e.token.name === entry.token.follows && e.scheme === entry.scheme; })[0];
      if (lead && (lead.touched || !entry.scheme)) entry.input.value = lead.input.value;
    });
    inputs.forEach(function (entry) {
      var name = propertyName(entry);
      var isDefault = !entry.touched || (!entry.scheme && entry.input.value.toLowerCase() === entry.input.dataset.default);
      Object.keys(previews).forEach(function (k) {
        if (isDefault) previews[k].style.removeProperty(name); else previews[k].style.setProperty(name, entry.input.value);
      });
      if (!isDefault) lines.push('  ' + name + ': ' + entry.input.value + ';');
    });
    document.querySelectorAll('#controls [data-token]:not([type=color])').forEach(function (el) {
      var name = '--botox-guide-' + el.dataset.token;
      var value = el.value + (el.dataset.unit || '');
      var isDefault = el.tagName === 'SELECT' ? el.value === '' : el.value === el.defaultValue;
      var out = document.getElementById(el.id + '-out');
      if (out) out.textContent = value;
      Object.keys(previews).forEach(function (k) {
        if (isDefault) previews[k].style.removeProperty(name); else previews[k].style.setProperty(name, value);
      });
      if (!isDefault) lines.push('  ' + name + ': ' + value + ';');
    });
    // The page's scheme switch is not a token: it goes in the CSS only (the previews show both).
    var scheme = document.getElementById('scheme').value;
    if (scheme) lines.push('  --botox-guide-scheme: ' + scheme + ';');
    var css = lines.length ? 'botox-guide, [data-botox-guide] {\n' + lines.join('\n') + '\n}' : '';
    document.getElementById('css').textContent = css || '/* Defaults: nothing to add. */';
    document.getElementById('to-builder').href = 'builder.html' + (css ? '#theme=' + encodeURIComponent(css) : '');
    requestAnimationFrame(function () { requestAnimationFrame(report); });
  }

  // Colours as the browser computed them (rgb(), or color(xyz-d65 …) where the guide derived
  // them), in sRGB 0–255.
  function srgb(css) {
    var encode = function (c) {
      var v = c <= 0.0031308 ? 12.92 * c : 1.055 * Math.pow(c, 1 / 2.4) - 0.055;
      return Math.round(Math.min(1, Math.max(0, v)) * 255);
    };
    var m = /color\(xyz-d65 ([-\d.e]+) ([-\d.e]+) ([-\d.e]+)/.exec(css);
    if (m) {
      // CSS Color 4's XYZ (D65) to linear-light sRGB matrix.
      var x = Number(m[1]), y = Number(m[2]), z = Number(m[3]);
      return [
        3.2409699419045226 * x - 1.537383177570094 * y - 0.4986107602930034 * z,
        -0.9692436362808796 * x + 1.8759675015077202 * y + 0.04155505740717559 * z,
        0.05563007969699366 * x - 0.20397695888897652 * y + 1.0569715142428786 * z,
      ].map(encode);
    }
    m = /rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)/.exec(css);
    return m ? m.slice(1, 4).map(Number) : null;
  }
  function lum(rgb) {
    return rgb.map(function (v) {
      v /= 255;
      return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }).reduce(function (sum, v, i) { return sum + v * [0.2126, 0.7152, 0.0722][i]; }, 0);
  }
  function ratio(a, b) {
    var la = lum(a), lb = lum(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }
  function hex(rgb) {
    return '#' + rgb.map(function (v) { return ('0' + v.toString(16)).slice(-2); }).join('');
  }

  function report() {
    var out = document.getElementById('contrast');
    out.textContent = '';
    Object.keys(previews).forEach(function (scheme) {
      var root = previews[scheme].shadowRoot;
      if (!root || !root.querySelector('.root:not([data-shell])')) return;
      var h = document.createElement('h3');
      h.textContent = scheme === 'light' ? 'Light scheme' : 'Dark scheme';
      out.appendChild(h);
      var worst = CHECKS.map(function (c) {
        var el = root.querySelector(c.el), bg = root.querySelector(c.bg);
        if (!el || !bg) return null;
        var style = getComputedStyle(el);
        var fg = style.getPropertyValue(c.fg);
        var fgc = srgb(fg), bgc = srgb(getComputedStyle(bg).getPropertyValue(c.bgProp || 'background-color'));
        if (c.bgProp) fgc = srgb(style.color);
        return fgc && bgc ? { check: c, ratio: ratio(fgc, bgc) } : null;
      }).filter(Boolean);
      var failing = worst.filter(function (w) { return w.ratio < w.check.need; });
      failing.forEach(function (w) {
        var p = document.createElement('p');
        p.className = 'fail';
        p.textContent = w.check.what + ': ' + w.ratio.toFixed(2) + ':1, needs ' + w.check.need + ':1.';
        out.appendChild(p);
      });
      // Where the guide changed a colour you set, say so (your colour is then not used as it is).
      inputs.filter(function (e) { return e.touched && (!e.scheme || e.scheme === scheme); }).forEach(function (e) {
        var used = getComputedStyle(root.querySelector('.root')).getPropertyValue('--botox-guide-used-' + e.token.name);
        var probe = document.createElement('span');
        probe.style.color = used;
        root.querySelector('.root').appendChild(probe);
        var actual = srgb(getComputedStyle(probe).color);
        probe.remove();
        var wanted = [1, 3, 5].map(function (i) { return parseInt(e.input.value.slice(i, i + 2), 16); });
        var same = actual && actual.every(function (v, i) { return Math.abs(v - wanted[i]) <= 1; });
        if (actual && !same) {
          var p = document.createElement('p');
          p.className = 'adjusted';
          p.textContent = e.input.previousSibling.textContent + ': your ' + e.input.value + ' is shown as ' + hex(actual) +
            ' in the ' + scheme + ' scheme, so it stays readable there.';
          out.appendChild(p);
        }
      });
      if (!failing.length) {
        var ok = document.createElement('p');
        ok.className = 'ok';
        ok.textContent = 'All checked text reaches 4.5:1 and icons 3:1 (WCAG AA).';
        out.appendChild(ok);
      }
    });
  }

  document.getElementById('controls').addEventListener('input', changed);
  document.getElementById('controls').addEventListener('change', changed);
  document.getElementById('copy').addEventListener('click', function () {
    var text = document.getElementById('css').textContent;
    if (navigator.clipboard) navigator.clipboard.writeText(text).catch(function () {});
  });
  document.getElementById('reset').addEventListener('click', function () {
    inputs.forEach(function (e) { e.input.value = e.input.dataset.default; e.touched = false; if (e.scheme) e.input.classList.add('unset'); });
    document.querySelectorAll('#controls [data-token]:not([type=color])').forEach(function (el) { el.value = el.tagName === 'SELECT' ? '' : el.defaultValue; });
    document.getElementById('scheme').value = '';
    changed();
  });
  // The market both previews show (not a design token: it is not in the CSS).
  var market = document.getElementById('market');
  (window.BOTOX_GUIDE_MARKETS || []).forEach(function (m) {
    var o = document.createElement('option');
    o.value = m.id;
    o.textContent = m.name + ' (' + m.id + ')';
    market.appendChild(o);
  });
  market.addEventListener('change', function (e) {
    e.stopPropagation();
    Object.keys(previews).forEach(function (k) { previews[k].setAttribute('market', market.value); });
  });
  ['botox-guide-ready'].forEach(function (name) { document.addEventListener(name, function () { requestAnimationFrame(report); }); });
  changed();
})();
