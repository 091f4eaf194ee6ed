//! Step "WordPress plugin": `dist/wordpress/botox-guide/`, the plugin a clinic uploads:
//! its PHP, editor script and readme (`integrations/wordpress/botox-guide/`), what is
//! generated from the option table (`options.php`, `block.json`), and the widget's files in
//! `widget/` (copied at build time, never committed).

use super::Out;
use crate::generate::loader::widget_files;
use crate::generate::{wordpress, VERSION};

const PLUGIN: &str = "integrations/wordpress/botox-guide";
/// Where the built plugin goes in dist/.
const OUT: &str = "wordpress/botox-guide";

pub fn run(out: &Out, embed_integrity: &str) {
    for entry in std::fs::read_dir(PLUGIN).expect(PLUGIN) {
        let path = entry.expect("entry").path();
        let name = path.file_name().and_then(|n| n.to_str()).expect("name").to_string();
        out.write(&format!("{OUT}/{name}"), &std::fs::read_to_string(&path).expect("plugin file"));
    }
    out.write(&format!("{OUT}/options.php"), &wordpress::options_php(VERSION, embed_integrity));
    out.write(&format!("{OUT}/block.json"), &(serde_json::to_string_pretty(&wordpress::block_json(VERSION)).expect("JSON") + "\n"));
    for f in std::iter::once("embed.js".to_string()).chain(widget_files()) {
        let bytes = out.read(&f);
        let path = out.0.join(format!("{OUT}/widget/{f}"));
        std::fs::create_dir_all(path.parent().expect("folder")).expect("create folder");
        std::fs::write(path, bytes).expect("write widget file");
    }
}
