//! Opt-in deep links: the selected tab mirrored in the host page's URL hash as
//! `#botox-guide=<tab>`. Pure string logic; the browser side is in `hooks`.

use crate::ids::Tab;

pub const HASH_KEY: &str = "botox-guide";

/// The tab named in a location hash such as `#botox-guide=aftercare` (other `&`-separated
/// hash parameters of the host page are left alone).
pub fn tab_from_hash(hash: &str) -> Option<Tab> {
    hash.trim_start_matches('#')
        .split('&')
        .find_map(|part| part.strip_prefix(HASH_KEY)?.strip_prefix('='))
        .and_then(Tab::parse)
}

/// The new hash after selecting `tab`, keeping the host page's other parameters.
pub fn hash_with_tab(hash: &str, tab: Tab) -> String {
    let mut parts: Vec<String> = hash
        .trim_start_matches('#')
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with(&format!("{HASH_KEY}=")))
        .map(str::to_string)
        .collect();
    parts.push(format!("{HASH_KEY}={tab}"));
    format!("#{}", parts.join("&"))
}
