//! Build-time prerender (run by scripts/build after Trunk): writes into the given folder
//!
//! - `botox-guide.css`: the widget's stylesheet (the loader adopts it for the shell)
//! - `botox-guide-shell.html`: the widget's first view for default options, every panel's
//!   content included, which `embed.js` paints into the shadow root before the wasm arrives
//! - `botox-guide-snippet.html`: a declarative-shadow-root snippet a clinic can paste inside
//!   `<botox-guide>`: the guide paints with the page (no layout shift), and visitors
//!   without JavaScript see every section
//! - `hosts/snippet.html`: a host page that uses the snippet (tests, benchmark)
//! - `baseline.html`: the benchmark baseline, the demo page with the same content as plain
//!   HTML + CSS and a vanilla-JS tab switch
//! - `embed.js` (rewritten): carries the shell HTML and CSS and the English content inline
//!   (painted with no round trip) and the SHA-384 of the files it loads next (glue, wasm),
//!   which the browser then checks; minified with terser, like `botox-guide.js` (the glue)
//! - `embed.js.sha384`: `sha384-…` of the final embed.js, for `integrity=` on the clinic's
//!   script tag (also put on the demo page's tag)
//!
//! Usage: cargo run --example prerender -- dist

// Native only: the wasm test build compiles examples too, where this does nothing.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
#[tokio::main(flavor = "current_thread")]
async fn main() {
    native::run().await
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::rc::Rc;

    use botox_guide::components::{App, AppProps, RenderMode};
    use botox_guide::content::Content;
    use botox_guide::options::Options;
    use botox_guide::theme;

    /// Placeholders in the loader's shell: its clinic card is a template that `embed.js` fills
    /// from the element's options (or removes), so the live widget's card takes no new space.
    pub const CARD_NAME: &str = "BOTOX_GUIDE_CLINIC";
    pub const CARD_PHONE: &str = "+0 000 000";
    pub const CARD_BOOKING: &str = "https://booking.invalid/";

    async fn render(mode: RenderMode, with_card: bool) -> String {
        let mut options = Options::default();
        if with_card {
            options.clinic_name = Some(CARD_NAME.into());
            options.phone = Some(CARD_PHONE.into());
            options.booking_url = Some(CARD_BOOKING.into());
        }
        let props = AppProps {
            content: Content::builtin_en().into(),
            options: Rc::new(options),
            notice: None,
            on_event: Default::default(),
            mode,
        };
        yew::LocalServerRenderer::<App>::with_props(props).hydratable(std::env::var_os("BOTOX_GUIDE_HYDRATABLE").is_some()).render().await
    }

    pub async fn run() {
        let out = std::env::args().nth(1).unwrap_or_else(|| "dist".into());
        let out = std::path::Path::new(&out);
        let css = theme::stylesheet();
        let shell = render(RenderMode::AllPanels, false).await;
        let shell_with_card = render(RenderMode::AllPanels, true).await;
        assert!(shell_with_card.contains(CARD_NAME) && shell_with_card.contains(CARD_BOOKING), "card template");
        let write = |name: &str, text: &str| std::fs::write(out.join(name), text).expect("write prerender output");

        write("botox-guide.css", &css);
        // Locales other than English load on demand, from next to embed.js; English rides in
        // embed.js (its copy here is for development loaders and as a clinic's template).
        for locale in botox_guide::options::LOCALES {
            let json = std::fs::read_to_string(format!("src/content/{locale}.json")).expect("locale file");
            write(&format!("botox-guide-{locale}.json"), &json);
        }
        write("botox-guide-shell.html", &format!("<div>{shell}</div>"));
        let snippet = |css_href: &str| {
            format!("<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"{css_href}\"><div>{shell}</div></template>")
        };
        write(
            "botox-guide-snippet.html",
            &format!(
                "<!-- Paste inside <botox-guide>…</botox-guide>. The guide then paints with your page and\n     \
                 visitors without JavaScript read every section. Change botox-guide.css to the\n     \
                 address of your copy of dist/. -->\n{}\n",
                snippet("botox-guide.css")
            ),
        );
        let plain = std::fs::read_to_string(out.join("hosts/plain.html")).expect("dist/hosts/plain.html");
        let with_snippet = plain
            .replace(
                "<botox-guide clinic-name=\"Plain Clinic\" phone=\"+1 555 0100\"></botox-guide>",
                &format!("<botox-guide>{}</botox-guide>", snippet("../botox-guide.css")),
            )
            .replace("<title>Plain host page</title>", "<title>Host page with the prerendered snippet</title>");
        assert!(with_snippet.contains("shadowrootmode"), "hosts/plain.html changed shape");
        write("hosts/snippet.html", &with_snippet);
        let demo = std::fs::read_to_string(out.join("index.html")).expect("dist/index.html from trunk");
        let baseline = demo
            .replace(
                "<script src=\"embed.js\"></script>",
                "<script src=\"baseline-tabs.js\" defer></script>",
            )
            .replacen(
                "<p><a href=\"https://lakeside.example/botox-guide\">Read our Botox guide</a></p>",
                &format!("<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"botox-guide.css\"><div>{shell}</div></template>"),
                1,
            );
        assert!(baseline.contains("shadowrootmode"), "baseline: the demo page changed shape");
        write("baseline.html", &baseline);
        write("baseline-tabs.js", BASELINE_TABS_JS);
        finish_loader(out, &format!("<div>{shell_with_card}</div>"));
    }

    /// The finished loader: `dist/embed.js` gets the shell HTML and CSS (painted with no round
    /// trip) and the English content (handed to the wasm) inline, and the SHA-384 of the two
    /// files it loads next (glue, minified here first, and wasm); then it is minified, and its
    /// own hash goes to `embed.js.sha384` and onto the demo page's script tag.
    fn finish_loader(out: &std::path::Path, loader_shell: &str) {
        let read = |name: &str| std::fs::read(out.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        let write = |name: &str, text: &str| std::fs::write(out.join(name), text).unwrap_or_else(|e| panic!("{name}: {e}"));
        // The wasm-bindgen glue as Trunk leaves it is unminified: minify it before hashing.
        let glue_text = minify(&String::from_utf8(read("botox-guide.js")).expect("glue is text"), true);
        write("botox-guide.js", &glue_text);
        let glue = sri(glue_text.as_bytes());
        let wasm = sri(&read("botox-guide_bg.wasm"));
        // For a clinic's optional `<link rel="preload" integrity=…>` of the wasm.
        write("botox-guide_bg.wasm.sha384", &format!("{wasm}\n"));

        let embed = String::from_utf8(read("embed.js")).expect("embed.js is text");
        let fill = |embed: String, marker: &str, with: String| {
            assert!(embed.contains(marker), "embed.js lost its marker `{marker}`");
            embed.replace(marker, &with)
        };
        let embed = fill(
            embed,
            "var INTEGRITY = {}; // filled in at build time",
            format!("var INTEGRITY = {{'botox-guide.js':'{glue}','botox-guide_bg.wasm':'{wasm}'}};"),
        );
        // Compact JSON: the wasm reads it; brotli packs its text with the shell's.
        let en = botox_guide::json::parse(botox_guide::content::EN_JSON).expect("en.json").to_text();
        let embed = fill(embed, "var CONTENT_EN = null; // filled in at build time", format!("var CONTENT_EN = {};", js_string(&en)));
        let embed = fill(
            embed,
            "var SHELL_HTML = null, SHELL_CSS = null, CARD = null; // filled in at build time",
            format!(
                "var SHELL_HTML = {}, SHELL_CSS = {}, CARD = {{ name: '{CARD_NAME}', phone: '{CARD_PHONE}', booking: '{CARD_BOOKING}' }};",
                js_string(loader_shell),
                js_string(&String::from_utf8(read("botox-guide.css")).expect("css is text"))
            ),
        );
        // Comments, indentation and long local names are for readers of static/embed.js, not
        // for visitors: minify it (terser, installed by scripts/setup with the other npm tools).
        let embed = minify(&embed, false);
        write("embed.js", &embed);

        let hash = sri(embed.as_bytes());
        write("embed.js.sha384", &format!("{hash}\n"));
        let demo = String::from_utf8(read("index.html")).expect("index.html is text");
        let tag = "<script src=\"embed.js\"></script>";
        assert!(demo.contains(tag), "index.html: the embed script tag changed shape");
        write("index.html", &demo.replace(tag, &format!("<script src=\"embed.js\" integrity=\"{hash}\" crossorigin=\"anonymous\"></script>")));
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

    /// A single-quoted JavaScript string literal (the HTML's attributes use double quotes, so
    /// almost nothing needs escaping); `</` is broken up so it can never end a script.
    fn js_string(text: &str) -> String {
        let mut out = String::from("'");
        for c in text.chars() {
            match c {
                '\\' => out.push_str("\\\\"),
                '\'' => out.push_str("\\'"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\u{2028}' => out.push_str("\\u2028"),
                '\u{2029}' => out.push_str("\\u2029"),
                '/' if out.ends_with('<') => out.push_str("\\/"),
                c => out.push(c),
            }
        }
        out.push('\'');
        out
    }

    /// `sha384-<base64>` as used by `integrity=` attributes.
    pub fn sri(bytes: &[u8]) -> String {
        use sha2::{Digest, Sha384};
        format!("sha384-{}", base64(&Sha384::digest(bytes)))
    }

    fn base64(bytes: &[u8]) -> String {
        const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut out = String::new();
        for chunk in bytes.chunks(3) {
            let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
            for i in 0..4 {
                if i <= chunk.len() {
                    out.push(ABC[(n >> (18 - 6 * i) & 63) as usize] as char);
                } else {
                    out.push('=');
                }
            }
        }
        out
    }

    /// A minimal vanilla-JS tab switch for the baseline page (the benchmark's yardstick).
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
}
