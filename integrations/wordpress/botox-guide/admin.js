/* Settings → Botox guide: each value is checked as the widget will check it, with the
 * widget's own rules and words (BOTOX_GUIDE_BUILDER from builder-data.js, the snippet
 * builder's data: the loader's rule code and the option table). A refused value is named
 * under its field when the form is sent, which it is not until the value is fixed, so
 * nothing typed is lost. No rule lives here. */
(function () {
  'use strict';
  var B = window.BOTOX_GUIDE_BUILDER;
  var form = document.getElementById('botox-guide-settings');
  if (!B || !form) return;
  var fields = Array.prototype.slice.call(form.querySelectorAll('[data-option]'));

  /** The widget's sentence for this field's value, or '' when it is accepted. */
  function refusal(field) {
    var value = field.value.trim();
    if (!value) return '';
    var name = field.getAttribute('data-option');
    var w = B.check.parse([[name, value]]).warnings.filter(function (x) { return x.option === name; })[0];
    return w ? B.check.text(w).replace(/ Using the default instead\.$/, '') : '';
  }
  function show(field) {
    var text = refusal(field);
    var box = document.getElementById(field.id + '-warning');
    var label = form.querySelector('label[for="' + field.id + '"]');
    if (box) box.textContent = text ? (label ? label.textContent + ' will not be saved. ' : '') + text : '';
    if (text) field.setAttribute('aria-invalid', 'true'); else field.removeAttribute('aria-invalid');
    return !text;
  }
  // Checked when the form is sent (a message appearing as a field loses the focus would move
  // the Save button from under the pointer), then again as a refused value is corrected.
  fields.forEach(function (f) {
    f.addEventListener('input', function () { if (f.getAttribute('aria-invalid')) show(f); });
    f.addEventListener('change', function () { if (f.getAttribute('aria-invalid')) show(f); });
  });
  form.addEventListener('submit', function (e) {
    var bad = fields.filter(function (f) { return !show(f); });
    if (bad.length) {
      e.preventDefault();
      bad[0].focus();
    }
  });
})();
