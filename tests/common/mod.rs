//! What several test files share.

use std::path::{Path, PathBuf};

/// A fresh directory for one test, removed when the test is done with it (a failing test
/// leaves it behind for a look only if it panics while the directory is kept alive).
pub struct Scratch(PathBuf);

impl Scratch {
    /// `prefix` names the test file, `name` the test: tests run in parallel.
    pub fn new(prefix: &str, name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("{prefix}-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }
}

impl std::ops::Deref for Scratch {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
