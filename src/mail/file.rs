//! File backend: every message becomes one plain `.eml` file in `mail.outbox_dir`, so a first
//! run needs no mail server. Files appear whole or not at all (written under a temporary name
//! in the same folder, then renamed).

use super::error::MailError;
use std::path::{Path, PathBuf};
use uuid::Uuid;

/// Writes messages into one folder.
#[derive(Debug)]
pub(super) struct FileOutbox {
    dir: PathBuf,
}

impl FileOutbox {
    /// An outbox in `dir`; the folder is created on first use.
    pub(super) fn new(dir: &Path) -> Self {
        Self {
            dir: dir.to_path_buf(),
        }
    }

    /// Writes `<dir>/<id>.eml` atomically and returns its path.
    pub(super) async fn write(&self, id: Uuid, message: &[u8]) -> Result<PathBuf, MailError> {
        let fail = |what: &str, path: &Path, error: std::io::Error| {
            MailError::File(format!("cannot {what} {}: {error}", path.display()))
        };
        tokio::fs::create_dir_all(&self.dir)
            .await
            .map_err(|e| fail("create", &self.dir, e))?;
        let path = self.dir.join(format!("{id}.eml"));
        let temporary = self.dir.join(format!(".{id}.eml.tmp"));
        if let Err(error) = tokio::fs::write(&temporary, message).await {
            let _ = tokio::fs::remove_file(&temporary).await;
            return Err(fail("write", &temporary, error));
        }
        if let Err(error) = tokio::fs::rename(&temporary, &path).await {
            let _ = tokio::fs::remove_file(&temporary).await;
            return Err(fail("rename into", &path, error));
        }
        Ok(path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_message_becomes_one_eml_file_and_no_temporary_file_remains() {
        let root = tempfile::tempdir().unwrap();
        let outbox = FileOutbox::new(&root.path().join("outbox"));
        let id = Uuid::new_v4();

        let path = outbox
            .write(id, b"Subject: hi\r\n\r\nbody\r\n")
            .await
            .unwrap();

        assert_eq!(path, root.path().join("outbox").join(format!("{id}.eml")));
        assert_eq!(
            std::fs::read(&path).unwrap(),
            b"Subject: hi\r\n\r\nbody\r\n"
        );
        let names: Vec<_> = std::fs::read_dir(root.path().join("outbox"))
            .unwrap()
            .map(|entry| entry.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1, "unexpected files: {names:?}");
    }

    #[tokio::test]
    async fn an_unwritable_outbox_is_a_transient_file_error() {
        let root = tempfile::tempdir().unwrap();
        let blocker = root.path().join("not-a-folder");
        std::fs::write(&blocker, b"").unwrap();
        let outbox = FileOutbox::new(&blocker);

        let error = outbox.write(Uuid::new_v4(), b"x").await.unwrap_err();

        assert!(matches!(error, MailError::File(_)));
        assert!(!error.is_permanent());
    }
}
