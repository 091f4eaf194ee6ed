//! Step "types": `botox-guide.d.ts`, `botox-guide-react.d.ts`, `botox-guide-vue.d.ts` and `custom-elements.json`
//! next to `embed.js`, generated from the tables (`crate::generate::types`).

use super::Out;
use crate::generate::types::{dts, manifest, react_dts, vue_dts, DTS, MANIFEST, REACT_DTS, VUE_DTS};

pub fn run(out: &Out) {
    let version = crate::generate::VERSION;
    out.write(DTS, &dts(version));
    out.write(REACT_DTS, &react_dts(version));
    out.write(VUE_DTS, &vue_dts(version));
    out.write(MANIFEST, &(serde_json::to_string_pretty(&manifest(version)).expect("JSON") + "\n"));
}
