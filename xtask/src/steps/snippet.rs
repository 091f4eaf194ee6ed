//! Step "snippet": per locale, `botox-guide-snippet.html` (English) and
//! `botox-guide-snippet-<locale>.html`, a declarative shadow root holding the prerendered
//! guide, which a clinic may paste inside `<botox-guide>` (the guide then paints with the
//! page, and visitors without JavaScript read every section), and host pages that use them
//! (`hosts/snippet.html`, `hosts/snippet-<locale>.html`: tests, benchmark).

use super::shell::Shells;
use super::Out;
use botox_guide::ids::Locale;

/// The snippet: the shell in a declarative shadow root, its frame marked as this build's
/// prerendered view (the loader paints over another build's copy at once).
pub fn template(shell: &str, css_href: &str) -> String {
    use botox_guide::markup::{FRAME, SHELL_ATTR};
    let frame = format!("class=\"{FRAME}\"");
    assert!(shell.contains(&frame), "the shell's frame changed shape");
    let shell = shell.replacen(&frame, &format!("{frame} {SHELL_ATTR}=\"{}\"", crate::generate::VERSION), 1);
    format!("<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"{css_href}\">{shell}</template>")
}

/// The snippet's file name for a locale.
pub fn file(locale: Locale) -> String {
    match locale {
        Locale::En => "botox-guide-snippet.html".to_string(),
        other => format!("botox-guide-snippet-{other}.html"),
    }
}

pub fn run(out: &Out, shells: &Shells) {
    let plain = out.read_text("hosts/plain.html");
    let element = "<botox-guide clinic-name=\"Plain Clinic\" phone=\"+1 555 0100\"></botox-guide>";
    assert!(plain.contains(element), "hosts/plain.html: the widget element changed shape");
    for &(locale, ref shell) in &shells.snippets {
        let attribute = match locale {
            Locale::En => String::new(),
            other => format!(" locale=\"{other}\""),
        };
        out.write(
            &file(locale),
            &format!(
                "<!-- Paste inside <botox-guide{attribute}>…</botox-guide> ({name}). The guide then paints with your\n     \
                 page and visitors without JavaScript read every section. Change botox-guide.css to the\n     \
                 address of your copy of dist/. -->\n{}\n",
                template(shell, "botox-guide.css"),
                name = locale.english_name(),
            ),
        );
        let (page_name, title) = match locale {
            Locale::En => ("hosts/snippet.html".to_string(), "Host page with the prerendered snippet".to_string()),
            other => (format!("hosts/snippet-{other}.html"), format!("Host page with the prerendered {} snippet", other.english_name())),
        };
        let page = plain
            .replace(element, &format!("<botox-guide{attribute}>{}</botox-guide>", template(shell, "../botox-guide.css")))
            .replace("<html lang=\"en\">", &format!("<html lang=\"{locale}\">"))
            .replace("<title>Plain host page</title>", &format!("<title>{title}</title>"));
        out.write(&page_name, &page);
    }
}
