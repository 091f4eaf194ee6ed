// Theme playground: edits --botox-guide-* tokens on the preview widget live, shows the CSS
// to copy, and warns when a text/background pair fails WCAG AA (4.5:1).
(function () {
  'use strict';
  // The main colour tokens with their light defaults (the README table lists them all;
  // e2e/theming.test.mjs checks these names and defaults against it).
  var COLOURS = [
    ['color-accent', '#0b6b66', 'Accent'],
    ['color-accent-contrast', '#ffffff', 'Text on accent'],
    ['color-text', '#1c2329', 'Text'],
    ['color-muted', '#4f5b66', 'Muted text'],
    ['color-surface', '#ffffff', 'Background'],
    ['color-surface-alt', '#f2f5f7', 'Cards and tab bar'],
    ['color-border', '#c9d2da', 'Borders'],
    ['color-danger', '#b3261e', 'Urgent'],
    ['color-danger-surface', '#fdecea', 'Urgent background'],
    ['color-focus', '#1f5fd1', 'Focus ring'],
  ];
  // Text on background pairs the widget uses, checked for AA contrast.
  var PAIRS = [
    ['color-text', 'color-surface'], ['color-text', 'color-surface-alt'], ['color-muted', 'color-surface'],
    ['color-accent', 'color-surface'], ['color-accent-contrast', 'color-accent'], ['color-danger', 'color-danger-surface'],
  ];
  var preview = document.getElementById('preview');
  var colours = document.getElementById('colours');
  var inputs = {};

  COLOURS.forEach(function (c) {
    var id = 'token-' + c[0];
    var row = document.createElement('div');
    row.className = 'swatch';
    var label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = c[2];
    var input = document.createElement('input');
    input.type = 'color';
    input.id = id;
    input.value = c[1];
    input.dataset.token = c[0];
    input.dataset.default = c[1];
    row.appendChild(label);
    row.appendChild(input);
    colours.appendChild(row);
    inputs[c[0]] = input;
  });

  function changed() {
    var lines = [];
    document.querySelectorAll('[data-token]').forEach(function (el) {
      var name = '--botox-guide-' + el.dataset.token;
      var value = el.value + (el.dataset.unit || '');
      var isDefault = el.dataset.default !== undefined ? el.value.toLowerCase() === el.dataset.default
        : el.defaultValue !== undefined && el.tagName === 'INPUT' ? el.value === el.defaultValue
        : el.value === '';
      if (el.tagName === 'SELECT' && el.value === '') isDefault = true;
      if (isDefault) { preview.style.removeProperty(name); return; }
      preview.style.setProperty(name, value);
      lines.push('  ' + name + ': ' + value + ';');
    });
    var theme = document.getElementById('theme').value;
    preview.setAttribute('theme', theme);
    document.getElementById('font-size-out').textContent = document.getElementById('font-size').value + 'px';
    document.getElementById('radius-out').textContent = document.getElementById('radius').value + 'px';
    document.getElementById('css').textContent = lines.length
      ? 'botox-guide {\n' + lines.join('\n') + '\n}' + (theme !== 'auto' ? '\n/* and theme="' + theme + '" on the element */' : '')
      : '/* Defaults: nothing to add. */';
    checkContrast(theme);
  }

  function luminance(hex) {
    var n = parseInt(hex.slice(1), 16);
    return [n >> 16, (n >> 8) & 255, n & 255].map(function (v) {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }).reduce(function (sum, v, i) { return sum + v * [0.2126, 0.7152, 0.0722][i]; }, 0);
  }
  function ratio(a, b) {
    var la = luminance(a), lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }
  function checkContrast(theme) {
    var out = document.getElementById('contrast');
    out.textContent = '';
    if (theme === 'dark') {
      var p = document.createElement('p');
      p.className = 'ok';
      p.textContent = 'Dark theme: the colour pickers set light-theme values too; check the preview.';
      out.appendChild(p);
    }
    var failures = PAIRS.filter(function (pair) { return ratio(inputs[pair[0]].value, inputs[pair[1]].value) < 4.5; });
    failures.forEach(function (pair) {
      var p = document.createElement('p');
      p.className = 'fail';
      p.textContent = 'Low contrast: ' + inputs[pair[0]].previousSibling.textContent + ' on ' +
        inputs[pair[1]].previousSibling.textContent + ' is ' +
        ratio(inputs[pair[0]].value, inputs[pair[1]].value).toFixed(2) + ':1; WCAG AA needs 4.5:1.';
      out.appendChild(p);
    });
    if (!failures.length) {
      var ok = document.createElement('p');
      ok.className = 'ok';
      ok.textContent = 'All text colours pass WCAG AA contrast (4.5:1).';
      out.appendChild(ok);
    }
  }

  document.getElementById('controls').addEventListener('input', changed);
  document.getElementById('controls').addEventListener('change', changed);
  document.getElementById('copy').addEventListener('click', function () {
    var text = document.getElementById('css').textContent;
    if (navigator.clipboard) navigator.clipboard.writeText(text).catch(function () {});
  });
  document.getElementById('reset').addEventListener('click', function () {
    Object.keys(inputs).forEach(function (k) { inputs[k].value = inputs[k].dataset.default; });
    document.getElementById('font').value = '';
    document.getElementById('font-size').value = 16;
    document.getElementById('radius').value = 8;
    document.getElementById('theme').value = 'auto';
    changed();
  });
  changed();
})();
