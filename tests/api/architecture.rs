//! The layers, held by a test: `src/store/` is the lowest layer of the application and may
//! name nothing of the crate but itself and `domain` (besides the `entity` crate and external
//! crates). Comments are not code and are skipped.

use std::path::{Path, PathBuf};

/// The modules of the crate that the store may use.
const ALLOWED: [&str; 2] = ["store", "domain"];

#[test]
fn the_store_imports_nothing_from_the_layers_above_it() {
    let store = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src")
        .join("store");
    let mut files = vec![];
    rust_files(&store, &mut files);
    assert!(!files.is_empty(), "no Rust files under {}", store.display());

    let mut violations = vec![];
    for file in &files {
        let source = std::fs::read_to_string(file).unwrap();
        let relative = file.strip_prefix(&store).unwrap();
        let depth = module_depth(relative);
        for (number, line) in source.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for module in crate_modules(code) {
                if !ALLOWED.contains(&module.as_str()) {
                    violations.push(format!(
                        "src/store/{}:{}: crate::{module}",
                        relative.display(),
                        number + 1
                    ));
                }
            }
            // One `super::` more than the file's depth under `store` is allowed, for a test
            // module inside the file; more than that climbs out of the store.
            if longest_super_chain(code) > depth + 1 {
                violations.push(format!(
                    "src/store/{}:{}: super:: climbs out of the store",
                    relative.display(),
                    number + 1
                ));
            }
        }
    }
    assert!(
        violations.is_empty(),
        "the store may use only `crate::store` and `crate::domain`; found:\n{}",
        violations.join("\n")
    );
}

/// Every `.rs` file under `folder`.
fn rust_files(folder: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, files);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
}

/// How deep under `store` the module of a file is: `mod.rs` 0, `results.rs` 1,
/// `results/mod.rs` 1, `results/answers.rs` 2.
fn module_depth(relative: &Path) -> usize {
    let components = relative.components().count();
    if relative.file_name().is_some_and(|name| name == "mod.rs") {
        components - 1
    } else {
        components
    }
}

/// The first module name after each `crate::` in `code`, the names of a `crate::{...}` group
/// included.
fn crate_modules(code: &str) -> Vec<String> {
    let mut modules = vec![];
    for (index, _) in code.match_indices("crate::") {
        let preceded_by_identifier = code[..index]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_');
        if preceded_by_identifier {
            continue;
        }
        let rest = &code[index + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let inner = group.split('}').next().unwrap_or("");
            modules.extend(
                inner
                    .split(',')
                    .map(|item| identifier(item.trim()))
                    .filter(|name| !name.is_empty()),
            );
        } else {
            modules.push(identifier(rest));
        }
    }
    modules
}

/// The identifier `text` starts with.
fn identifier(text: &str) -> String {
    text.chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect()
}

/// The most `super::` in a row in `code`.
fn longest_super_chain(code: &str) -> usize {
    let mut longest = 0;
    for (index, _) in code.match_indices("super::") {
        let preceded_by_super = code[..index].ends_with("super::");
        if preceded_by_super {
            continue;
        }
        let chain = code.as_bytes()[index..]
            .chunks(7)
            .take_while(|chunk| *chunk == b"super::")
            .count();
        longest = longest.max(chain);
    }
    longest
}
