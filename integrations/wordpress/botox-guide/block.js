/* The "Botox guide" block in the editor: a placeholder, and the clinic's options in the
 * sidebar. The page shows the widget, rendered by the plugin's PHP (render_callback). */
(function (wp) {
  var el = wp.element.createElement;
  var Inspector = wp.blockEditor.InspectorControls;
  var TextControl = wp.components.TextControl;
  var PanelBody = wp.components.PanelBody;
  var FIELDS = [['clinicName', 'Clinic name'], ['phone', 'Phone'], ['bookingUrl', 'Booking URL (https://)'], ['sections', 'Sections (ids, comma-separated)'], ['tab', 'First tab'], ['treatment', 'Treatment (cosmetic, migraine, both)'], ['locale', 'Language (en, es, auto)'], ['theme', 'Theme (light, dark, auto)']];
  wp.blocks.registerBlockType('botox-guide/guide', {
    title: 'Botox guide',
    icon: 'heart',
    category: 'widgets',
    edit: function (props) {
      return el('div', wp.blockEditor.useBlockProps ? wp.blockEditor.useBlockProps() : {},
        el(Inspector, {}, el(PanelBody, { title: 'Botox guide' }, FIELDS.map(function (f) {
          return el(TextControl, { key: f[0], label: f[1], value: props.attributes[f[0]] || '', onChange: function (v) { var a = {}; a[f[0]] = v; props.setAttributes(a); } });
        }))),
        el('p', {}, 'Botox guide' + (props.attributes.clinicName ? ' for ' + props.attributes.clinicName : '') + ': shown on the published page. Empty fields use Settings → Botox guide.'));
    },
    save: function () { return null; }
  });
})(window.wp);
