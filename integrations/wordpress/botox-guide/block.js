/* The "Botox guide" block in the editor: a placeholder, and every option in the sidebar.
 * The fields are the block's attributes from block.json (generated from the option table),
 * so nothing here names an option. The page shows the widget, rendered by the plugin's PHP
 * (render_callback). */
(function (wp) {
  var el = wp.element.createElement;
  var NAME = 'botox-guide/guide';
  /** `bookingUrl` → `Booking URL`. */
  function label(key) {
    var words = key.replace(/([A-Z])/g, ' $1').toLowerCase().replace(/\burl\b/, 'URL');
    return words.charAt(0).toUpperCase() + words.slice(1);
  }
  wp.blocks.registerBlockType(NAME, {
    edit: function (props) {
      var keys = Object.keys(wp.blocks.getBlockType(NAME).attributes);
      return el('div', wp.blockEditor.useBlockProps(),
        el(wp.blockEditor.InspectorControls, {}, el(wp.components.PanelBody, { title: 'Botox guide' }, keys.map(function (key) {
          return el(wp.components.TextControl, {
            key: key, label: label(key), value: props.attributes[key] || '',
            onChange: function (v) { var a = {}; a[key] = v; props.setAttributes(a); }
          });
        }))),
        el('p', {}, 'Botox guide' + (props.attributes.clinicName ? ' for ' + props.attributes.clinicName : '') + ': shown on the published page. Empty fields use Settings → Botox guide.'));
    },
    save: function () { return null; }
  });
})(window.wp);
