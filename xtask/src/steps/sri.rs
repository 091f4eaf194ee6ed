//! Step "SRI": Subresource Integrity hashes. First the files embed.js loads (each build's
//! glue and wasm, as the step before left them, the English text and the packs), which go into the loader's data; then embed.js itself
//! (`embed.js.sha384`, and on the demo page's script tag).

use super::Out;
use crate::generate::loader::{is_glue, widget_files};

/// Hash the glues, the wasms, the English text and the locale packs: (file name, `sha384-…`).
/// The wasm's and the packs' hashes also go to `<file>.sha384`, for a clinic's own tags
/// (`<link rel="preload" integrity=…>`, `<script src="botox-guide-es.js" integrity=…>`).
pub fn files(out: &Out) -> Vec<(String, String)> {
    widget_files()
        .into_iter()
        .map(|name| {
            let hash = sri(&out.read(&name));
            if !is_glue(&name) {
                out.write(&format!("{name}.sha384"), &format!("{hash}\n"));
            }
            (name, hash)
        })
        .collect()
}

/// Hash the finished embed.js, write `embed.js.sha384`, and pin the demo page's tag to it.
pub fn embed(out: &Out, embed: &str) -> String {
    let hash = sri(embed.as_bytes());
    out.write("embed.js.sha384", &format!("{hash}\n"));
    let demo = out.read_text("index.html");
    let pinned = format!("<script src=\"embed.js\" integrity=\"{hash}\" crossorigin=\"anonymous\"></script>");
    out.write("index.html", &super::replace_embed_tag(&demo, &pinned).expect("index.html: the embed script tag changed shape"));
    hash
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
