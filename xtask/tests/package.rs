#![cfg(not(target_arch = "wasm32"))]
//! The npm package (package.json) is in step with the crate and points at the files the
//! build generates under their real names.

use xtask::generate::loader::widget_files;
use xtask::generate::types::{DTS, MANIFEST, REACT_DTS};

fn package() -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../package.json")).unwrap()).unwrap()
}

#[test]
fn the_package_version_and_license_are_the_crates() {
    let p = package();
    assert_eq!(p["name"], xtask::generate::PACKAGE, "package.json name = the crate's");
    assert_eq!(p["version"], xtask::generate::VERSION, "package.json version = Cargo.toml version");
    let manifest = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../Cargo.toml")).unwrap();
    assert!(manifest.contains(&format!("license = {}", p["license"])), "the crate's license: {}", p["license"]);
    assert!(p.get("private").is_none(), "publishable");
}

#[test]
fn the_package_ships_every_file_a_page_loads_and_the_generated_types() {
    let p = package();
    let files: Vec<&str> = p["files"].as_array().unwrap().iter().map(|f| f.as_str().unwrap()).collect();
    let mut needed = widget_files();
    needed.extend(["embed.js", DTS, REACT_DTS, MANIFEST].map(String::from));
    for f in needed {
        assert!(files.contains(&format!("dist/{f}").as_str()), "dist/{f} in package.json files");
    }
    assert_eq!(p["types"], format!("dist/{DTS}"));
    assert_eq!(p["customElements"], format!("dist/{MANIFEST}"));
    assert_eq!(p["exports"]["./react"]["types"], format!("./dist/{REACT_DTS}"));
}
