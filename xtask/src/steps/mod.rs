//! The build as named steps. Each reads and writes files in `dist/` only.

pub mod baseline;
pub mod builder;
pub mod css;
pub mod full;
pub mod loader;
pub mod perf;
pub mod locales;
pub mod playground;
pub mod shell;
pub mod snippet;
pub mod sri;
pub mod types;
pub mod wasm_names;
pub mod wordpress;

use std::path::Path;

pub async fn build(dist: &Path, full_dir: &Path, hydratable: bool) {
    let out = Out(dist);
    full::run(&out, full_dir);
    let css = css::run(&out);
    let shells = shell::run(hydratable).await;
    locales::run(&out, &shells);
    snippet::run(&out, &shells);
    baseline::run(&out, shells.snippet(botox_guide::ids::Locale::En));
    playground::run(&out);
    types::run(&out);
    wasm_names::run(&out);
    let integrity = sri::files(&out);
    let embed = loader::run(&out, &css, &shells, &integrity);
    let hash = sri::embed(&out, &embed);
    builder::run(&out, &hash, &integrity);
    wordpress::run(&out, &hash);
    perf::run(&out);
    println!("\nFrom a CDN, once this build is published to npm as version {}:\n", crate::generate::VERSION);
    println!("<script src=\"https://cdn.jsdelivr.net/npm/{}@{}/dist/embed.js\" integrity=\"{hash}\" crossorigin=\"anonymous\"></script>", crate::generate::PACKAGE, crate::generate::VERSION);
    println!("\nOr paste this where the guide should appear (self-hosted dist/):\n");
    println!("<script src=\"https://YOUR-SITE/botox-guide/embed.js\" integrity=\"{hash}\" crossorigin=\"anonymous\"></script>");
    println!("<botox-guide clinic-name=\"Your clinic\" phone=\"+1 555 0100\" booking-url=\"https://your-site/book\"></botox-guide>\n");
    for locale in crate::generate::loader::pack_locales() {
        let name = crate::generate::loader::pack_file(locale);
        let hash = &integrity.iter().find(|(n, _)| *n == name).expect("every pack is hashed").1;
        println!("On a {} page (locale=\"{locale}\"), add this before embed.js to paint the guide at once:\n", locale.english_name());
        println!("<script src=\"https://YOUR-SITE/botox-guide/{name}\" integrity=\"{hash}\" crossorigin=\"anonymous\" defer></script>\n");
    }
}

/// The output folder.
pub struct Out<'a>(pub &'a Path);

impl Out<'_> {
    pub fn read(&self, name: &str) -> Vec<u8> {
        std::fs::read(self.0.join(name)).unwrap_or_else(|e| panic!("{}: {e} (run Trunk first: scripts/build)", self.0.join(name).display()))
    }
    pub fn read_text(&self, name: &str) -> String {
        String::from_utf8(self.read(name)).unwrap_or_else(|_| panic!("{name} is not text"))
    }
    pub fn write(&self, name: &str, text: &str) {
        let path = self.0.join(name);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).expect("create folder");
        }
        std::fs::write(&path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
}

/// `html` with its `<script src="embed.js" …></script>` tag (whatever attributes a previous
/// run added) replaced by `with`; `None` if the page has no such tag. Keeps the steps
/// idempotent: running the build twice on one `dist/` gives the same files.
pub fn replace_embed_tag(html: &str, with: &str) -> Option<String> {
    let start = html.find("<script src=\"embed.js\"")?;
    let end = start + html[start..].find("</script>")? + "</script>".len();
    Some(format!("{}{with}{}", &html[..start], &html[end..]))
}

/// The loader module `entry` (under `loader/`) bundled by esbuild (`node_modules/.bin/esbuild`,
/// pinned in package-lock.json) as one classic script (`format` "iife") or an ES module
/// ("esm"), minified. Fails the build when esbuild is missing or the TypeScript does not bundle.
pub fn bundle(entry: &str, format: &str) -> String {
    let out = std::process::Command::new("node_modules/.bin/esbuild")
        .args([entry, "--bundle", &format!("--format={format}"), "--target=es2020", "--minify", "--legal-comments=none", "--charset=utf8"])
        .output()
        .expect("node_modules/.bin/esbuild (run scripts/setup)");
    assert!(out.status.success(), "esbuild failed on {entry}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("esbuild output is text")
}

/// `text` minified by terser (`node_modules/.bin/terser`, pinned in package-lock.json);
/// `module` for an ES module. Fails the build when terser is missing or fails.
pub fn minify(text: &str, module: bool) -> String {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut args = vec!["--compress", "--mangle"];
    if module {
        args.push("--module");
    }
    let mut child = Command::new("node_modules/.bin/terser")
        .args(&args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("node_modules/.bin/terser (run scripts/setup)");
    child.stdin.take().expect("stdin").write_all(text.as_bytes()).expect("write to terser");
    let out = child.wait_with_output().expect("terser");
    assert!(out.status.success(), "terser failed");
    String::from_utf8(out.stdout).expect("terser output is text")
}
