//! Step "baseline": the benchmark's yardstick, `baseline.html`: the demo page with the same
//! guide as plain HTML + CSS (the prerendered snippet) and a vanilla-JS tab switch
//! (`baseline-tabs.js`), no wasm.

use super::snippet::template;
use super::Out;

pub fn run(out: &Out, shell: &str) {
    let demo = out.read_text("index.html");
    let fallback = "<p><a href=\"https://lakeside.example/botox-guide\">Read our Botox guide</a></p>";
    let baseline = super::replace_embed_tag(&demo, "<script src=\"baseline-tabs.js\" defer></script>").expect("index.html: the embed script tag changed shape");
    assert!(baseline.contains(fallback), "index.html: the widget's fallback link changed shape");
    let baseline = baseline.replacen(fallback, &template(shell, "botox-guide.css"), 1);
    out.write("baseline.html", &baseline);
    out.write("baseline-tabs.js", BASELINE_TABS_JS);
}

/// A minimal vanilla-JS tab switch for the baseline page.
const BASELINE_TABS_JS: &str = r#"document.querySelectorAll('botox-guide').forEach(function (host) {
  var root = host.shadowRoot;
  root.addEventListener('click', function (e) {
    var tab = e.target.closest('[role=tab]');
    if (!tab) return;
    root.querySelectorAll('[role=tab]').forEach(function (t) {
      var on = t === tab;
      t.setAttribute('aria-selected', on ? 'true' : 'false');
      t.tabIndex = on ? 0 : -1;
      root.getElementById(t.getAttribute('aria-controls')).hidden = !on;
    });
  });
});
"#;
