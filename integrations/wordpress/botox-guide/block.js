/* The "Botox guide" block in the editor: the configured guide itself as the preview (the
 * plugin's own rendering, made live by embed.js), and a sidebar made for a clinic owner from
 * the option table (BOTOX_GUIDE_WP, printed by the plugin from options.php): each option
 * with its label and help, choices as drop-downs in words, tabs as tick boxes in order, a
 * switch for a flag, a date control for a date, developer options under "For web developers" (WordPress has its own "Advanced" panel). Each
 * value is checked with the widget's own rules and words (BOTOX_GUIDE_BUILDER, builder-data.js)
 * and a refused one is said under its field. Nothing here names an option. */
(function (wp) {
  var el = wp.element.createElement;
  var C = wp.components;
  var NAME = 'botox-guide/guide';
  var D = window.BOTOX_GUIDE_WP || { options: [], words: {} };
  var W = D.words || {};
  var B = window.BOTOX_GUIDE_BUILDER;

  /** The widget's sentence for a value it would refuse, or ''. */
  function refusal(name, value) {
    if (!B || !value) return '';
    var w = B.check.parse([[name, value]]).warnings.filter(function (x) { return x.option === name; })[0];
    return w ? B.check.text(w).replace(/ Using the default instead\.$/, '') : '';
  }
  function tabLabel(id) {
    var t = B && B.tabs.filter(function (x) { return x.id === id; })[0];
    return t ? t.label : id;
  }
  var TABS = B ? B.tabs.map(function (t) { return t.id; }) : [];
  var SAME = W.same || 'As in Settings → Botox guide';

  /** The tab list: a tick box per tab, in the order shown, each movable up. */
  function tabList(o, value, set, help) {
    var chosen = value ? value.split(/[, ]+/).filter(function (t) { return TABS.indexOf(t) >= 0; }) : TABS.slice();
    var order = chosen.concat(TABS.filter(function (t) { return chosen.indexOf(t) < 0; }));
    var save = function (list) { set(list.length === TABS.length && list.every(function (t, i) { return t === TABS[i]; }) ? '' : list.join(',')); };
    return el(C.BaseControl, { key: o.name, id: 'botox-guide-' + o.name, label: o.label, help: help },
      order.map(function (id, i) {
        return el('div', { key: id, style: { display: 'flex', alignItems: 'center', gap: '4px' } },
          el(C.CheckboxControl, {
            label: tabLabel(id), checked: chosen.indexOf(id) >= 0,
            onChange: function (on) { save(order.filter(function (t) { return t === id ? on : chosen.indexOf(t) >= 0; })); }
          }),
          i > 0 ? el(C.Button, {
            icon: 'arrow-up-alt2', label: (W.moveUp || 'Move %s up').replace('%s', tabLabel(id)), isSmall: true,
            onClick: function () { var next = order.slice(); next.splice(i - 1, 2, order[i], order[i - 1]); save(next.filter(function (t) { return chosen.indexOf(t) >= 0; })); }
          }) : null);
      }));
  }

  function control(o, props) {
    var key = o.block;
    var value = props.attributes[key] || '';
    var set = function (v) { var a = {}; a[key] = v; props.setAttributes(a); };
    var warning = refusal(o.name, value);
    var help = warning ? el('span', { role: 'alert', style: { color: '#b32d2e' } }, warning) : o.doc;
    var common = { key: o.name, label: o.label, help: help, value: value, onChange: set };
    if (o.rule === 'tab-list') return tabList(o, value, set, help);
    if (o.rule === 'flag') return el(C.ToggleControl, { key: o.name, label: o.label, help: help, checked: value === 'true', onChange: function (on) { set(on ? 'true' : ''); } });
    if (o.values || o.rule === 'tab') {
      var values = o.values || TABS.reduce(function (m, t) { m[t] = tabLabel(t); return m; }, {});
      var options = [{ label: SAME, value: '' }].concat(Object.keys(values).map(function (v) { return { label: values[v], value: v }; }));
      return el(C.SelectControl, Object.assign(common, { options: options }));
    }
    return el(C.TextControl, Object.assign(common, { type: o.input }));
  }

  wp.blocks.registerBlockType(NAME, {
    edit: function (props) {
      var everyday = D.options.filter(function (o) { return !o.advanced; });
      var advanced = D.options.filter(function (o) { return o.advanced; });
      return el('div', wp.blockEditor.useBlockProps(),
        el(wp.blockEditor.InspectorControls, {},
          el(C.PanelBody, { title: W.title || 'Botox guide' }, el('p', {}, W.empty || 'Empty fields use Settings → Botox guide.'), everyday.map(function (o) { return control(o, props); })),
          el(C.PanelBody, { title: W.developers || 'For web developers', initialOpen: false }, advanced.map(function (o) { return control(o, props); }))),
        // The guide as the page will show it: the plugin renders it, embed.js brings it to life.
        el(wp.serverSideRender, { block: NAME, attributes: props.attributes }));
    },
    save: function () { return null; }
  });
})(window.wp);
