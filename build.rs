//! Rebuild when embedded templates, translations or the default configuration change.

fn main() {
    println!("cargo:rerun-if-changed=templates");
    println!("cargo:rerun-if-changed=config/default.toml");
}
