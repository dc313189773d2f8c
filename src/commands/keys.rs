//! `innerpulse keys status|rotate`: the sealing keys (`keys generate` runs before any
//! configuration is read, in `entry`). Rotation writes a new key first in the key file and keeps
//! every old key that sealed submissions still waiting for their release need.

use crate::cli::KeysAction;
use crate::config::{Settings, write_private};
use crate::sealing::SealingKeys;
use crate::startup;
use crate::store::results::sealed;
use anyhow::{Context, bail};
use secrecy::ExposeSecret;
use std::collections::HashMap;

/// Runs `keys status` or `keys rotate`.
pub async fn run(settings: Settings, action: KeysAction) -> anyhow::Result<()> {
    let keys = settings.security.sealing_keys()?;
    let db = settings.database.connect().await?;
    startup::prepare_database(&db).await?;
    let waiting: HashMap<String, i64> = sealed::count_by_key(&db).await?.into_iter().collect();
    match action {
        KeysAction::Generate => println!("{}", SealingKeys::generate_line()),
        KeysAction::Status => {
            for (index, id) in keys.ids().into_iter().enumerate() {
                let role = if index == 0 { "seals" } else { "opens" };
                let count = waiting.get(id).copied().unwrap_or(0);
                println!("{id}  {role}  {count} sealed submissions");
            }
            for (id, count) in &waiting {
                if keys.find(id).is_none() {
                    println!(
                        "{id}  MISSING  {count} sealed submissions cannot be released until this key is configured again"
                    );
                }
            }
        }
        KeysAction::Rotate => {
            let path = settings.security.sealing_key_file.trim();
            if path.is_empty() {
                bail!(
                    "keys rotate needs security.sealing_key_file: a key given as security.sealing_key cannot be rewritten"
                );
            }
            let new = SealingKeys::generate_line();
            let text = settings.security.sealing_key.expose_secret();
            let mut lines = vec![
                "# innerpulse sealing keys: the first seals, every line opens.".to_owned(),
                new.clone(),
            ];
            let mut dropped = 0;
            // The key that sealed until now is always kept: an instance not yet restarted may
            // still seal with it.
            let previous = keys.current().id().to_owned();
            for line in text.lines() {
                let key = line.split('#').next().unwrap_or_default().trim();
                if key.is_empty() {
                    continue;
                }
                let id = SealingKeys::parse(key)
                    .context("Failed to read the key file")?
                    .current()
                    .id()
                    .to_owned();
                if id == previous || waiting.contains_key(&id) {
                    lines.push(format!("{key}  # retired, still opens sealed submissions"));
                } else {
                    dropped += 1;
                }
            }
            let rotated = format!("{}\n", lines.join("\n"));
            SealingKeys::parse(&rotated).context("The rotated key file would be invalid")?;
            write_private(std::path::Path::new(path), &rotated)
                .with_context(|| format!("Failed to write {path}"))?;
            let current = SealingKeys::parse(&new)?.current().id().to_owned();
            println!(
                "{path}: new sealing key {current}; {} old key(s) kept for sealed submissions, {dropped} dropped. Restart innerpulse (every instance) to seal with the new key.",
                lines.len() - 2
            );
        }
    }
    Ok(())
}
