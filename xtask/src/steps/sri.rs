//! Step "SRI": Subresource Integrity hashes. First the files embed.js loads (each build's
//! glue and wasm, as the step before left them, the English text and the packs), which go into the loader's data; then embed.js itself
//! (`embed.js.sha384`, and on the demo page's script tag).

use super::Out;
use crate::generate::loader::{is_glue, widget_files};

/// Hash the glues, the wasms, the English text, the locale packs and the market files:
/// (file name, hash) for the loader's own checks. The wasm, the glues and the English text
/// are fetched by the loader, so their hash is the one published in `<file>.sha384`: a
/// clinic's `<link rel="preload" integrity=…>` must carry the same one for the browser to
/// reuse the download. The packs and market files are scripts that run once, whoever adds
/// them, so the loader checks them by SHA-256 (as valid for Subresource Integrity; 20 fewer
/// random characters each in `embed.js`, which no compression can take back) while
/// `<file>.sha384` stays for a clinic's own script tag.
pub fn files(out: &Out) -> Vec<(String, String)> {
    widget_files()
        .into_iter()
        .map(|name| {
            let bytes = out.read(&name);
            if !is_glue(&name) {
                out.write(&format!("{name}.sha384"), &format!("{}\n", sri(&bytes)));
            }
            let script = name.ends_with(".js") && !is_glue(&name);
            (name, if script { sri256(&bytes) } else { sri(&bytes) })
        })
        .collect()
}

/// `sha256-<base64>`.
pub fn sri256(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    format!("sha256-{}", base64(&Sha256::digest(bytes)))
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
