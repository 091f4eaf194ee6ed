//! Step "WordPress plugin": `dist/wordpress/botox-guide/`, the plugin a clinic uploads:
//! its PHP, editor script and readme (`integrations/wordpress/botox-guide/`), what is
//! generated from the option table (`options.php`, `block.json`), and the widget's files in
//! `widget/` (copied at build time, never committed); and the same folder as
//! `dist/botox-guide-wordpress.zip`, for Plugins → Add New → Upload Plugin.

use super::Out;
use crate::generate::loader::widget_files;
use crate::generate::{wordpress, VERSION};

const PLUGIN: &str = "integrations/wordpress/botox-guide";
/// Where the built plugin goes in dist/.
const OUT: &str = "wordpress/botox-guide";
/// The plugin as WordPress's upload screen takes it.
pub const ZIP: &str = "botox-guide-wordpress.zip";

pub fn run(out: &Out, embed_integrity: &str) {
    for entry in std::fs::read_dir(PLUGIN).expect(PLUGIN) {
        let path = entry.expect("entry").path();
        let name = path.file_name().and_then(|n| n.to_str()).expect("name").to_string();
        out.write(&format!("{OUT}/{name}"), &std::fs::read_to_string(&path).expect("plugin file"));
    }
    out.write(&format!("{OUT}/options.php"), &wordpress::options_php(VERSION, embed_integrity));
    out.write(&format!("{OUT}/block.json"), &(serde_json::to_string_pretty(&wordpress::block_json(VERSION)).expect("JSON") + "\n"));
    // The admin's texts for translators, and in Spanish (WordPress reads the .mo).
    out.write(&format!("{OUT}/languages/botox-guide.pot"), &wordpress::pot());
    out.write(&format!("{OUT}/languages/botox-guide-es_ES.po"), &wordpress::po_es());
    let mo = out.0.join(format!("{OUT}/languages/botox-guide-es_ES.mo"));
    std::fs::write(mo, wordpress::mo_es()).expect("write the .mo");
    // builder-data.js: the widget's rules and words, for the settings page's checks (admin.js).
    for f in ["embed.js".to_string(), "builder-data.js".to_string()].into_iter().chain(widget_files()) {
        let bytes = out.read(&f);
        let path = out.0.join(format!("{OUT}/widget/{f}"));
        std::fs::create_dir_all(path.parent().expect("folder")).expect("create folder");
        std::fs::write(path, bytes).expect("write widget file");
    }
    zip_plugin(out);
}

/// `dist/wordpress/botox-guide/` as a zip with `botox-guide/` at its root (what WordPress
/// unpacks into `wp-content/plugins/`), files in name order with a fixed date, so the same
/// build gives the same bytes.
fn zip_plugin(out: &Out) {
    use std::io::Write;
    let root = out.0.join(OUT);
    let mut files = Vec::new();
    let mut stack = vec![root.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("plugin folder") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files.sort();
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated).last_modified_time(zip::DateTime::default()).unix_permissions(0o644);
    for path in files {
        let name = format!("botox-guide/{}", path.strip_prefix(&root).expect("inside").to_str().expect("UTF-8 name"));
        zip.start_file(name, options).expect("zip entry");
        zip.write_all(&std::fs::read(&path).expect("plugin file")).expect("zip write");
    }
    let bytes = zip.finish().expect("zip").into_inner();
    std::fs::write(out.0.join(ZIP), bytes).expect("write the plugin zip");
}
