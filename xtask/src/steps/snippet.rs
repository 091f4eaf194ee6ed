//! Step "snippet": `botox-guide-snippet.html`, a declarative shadow root holding the
//! prerendered guide, which a clinic may paste inside `<botox-guide>` (the guide then paints
//! with the page, and visitors without JavaScript read every section), and
//! `hosts/snippet.html`, a host page that uses it (tests, benchmark).

use super::Out;

pub fn template(shell: &str, css_href: &str) -> String {
    format!("<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"{css_href}\">{shell}</template>")
}

pub fn run(out: &Out, shell: &str) {
    out.write(
        "botox-guide-snippet.html",
        &format!(
            "<!-- Paste inside <botox-guide>…</botox-guide>. The guide then paints with your page and\n     \
             visitors without JavaScript read every section. Change botox-guide.css to the\n     \
             address of your copy of dist/. -->\n{}\n",
            template(shell, "botox-guide.css")
        ),
    );
    let plain = out.read_text("hosts/plain.html");
    let element = "<botox-guide clinic-name=\"Plain Clinic\" phone=\"+1 555 0100\"></botox-guide>";
    assert!(plain.contains(element), "hosts/plain.html: the widget element changed shape");
    let page = plain
        .replace(element, &format!("<botox-guide>{}</botox-guide>", template(shell, "../botox-guide.css")))
        .replace("<title>Plain host page</title>", "<title>Host page with the prerendered snippet</title>");
    out.write("hosts/snippet.html", &page);
}
