//! The `innerpulse` binary: subcommands, exit codes and messages.

use crate::helpers::{TEST_DATABASE_ENV, TestDatabase};
use std::process::{Command, Output, Stdio};

pub(crate) fn innerpulse(database: &TestDatabase, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_innerpulse"));
    for (key, _) in std::env::vars() {
        if key.starts_with("INNERPULSE") && key != TEST_DATABASE_ENV {
            command.env_remove(key);
        }
    }
    command
        .args(args)
        .current_dir(database.dir.path())
        .env("INNERPULSE__DATABASE__URL", &database.url)
        .env("INNERPULSE__APP__DATA_DIR", database.dir.path())
        .env("INNERPULSE__LOG__LEVEL", "warn")
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .output()
        .expect("run the innerpulse binary")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[tokio::test]
async fn migrate_succeeds_twice_on_a_fresh_database() {
    let database = TestDatabase::create().await;

    let first = innerpulse(&database, &["migrate"], &[]);
    let second = innerpulse(&database, &["migrate"], &[]);

    assert!(first.status.success(), "{}", stderr(&first));
    assert!(second.status.success(), "{}", stderr(&second));
    assert!(stdout(&second).contains("up to date"));
}

#[tokio::test]
async fn a_bad_configuration_stops_with_one_line_naming_the_key() {
    let database = TestDatabase::create().await;

    let output = innerpulse(
        &database,
        &["migrate"],
        &[("INNERPULSE__MAIL__TRANSPORT", "pigeon")],
    );

    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert_eq!(message.trim().lines().count(), 1, "{message}");
    assert!(message.contains("mail.transport"), "{message}");
}

#[tokio::test]
async fn help_describes_every_subcommand() {
    let database = TestDatabase::create().await;

    let output = innerpulse(&database, &["--help"], &[]);

    let help = stdout(&output);
    for subcommand in ["serve", "migrate", "demo", "create-admin", "dispatch"] {
        assert!(
            help.contains(subcommand),
            "--help does not mention {subcommand}:\n{help}"
        );
    }
    let dispatch_help = stdout(&innerpulse(&database, &["dispatch", "--help"], &[]));
    assert!(dispatch_help.contains("--once"));
}

#[tokio::test]
async fn create_admin_without_a_piped_password_prints_a_generated_one() {
    let database = TestDatabase::create().await;

    let output = innerpulse(
        &database,
        &["create-admin", "--email", "Hr.Lead@Example.com"],
        &[],
    );

    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("hr.lead@example.com"), "{text}");
    let password = text
        .lines()
        .find_map(|line| {
            line.split(": ")
                .nth(1)
                .filter(|_| line.contains("password"))
        })
        .unwrap_or_else(|| panic!("no generated password in: {text}"));
    assert!(password.trim().len() >= 12);

    let again = innerpulse(
        &database,
        &["create-admin", "--email", "hr.lead@example.com"],
        &[],
    );
    assert!(!again.status.success());
    assert!(stderr(&again).contains("already exists"));
}

#[tokio::test]
async fn dispatch_once_runs_one_pass_and_exits() {
    let database = TestDatabase::create().await;

    let output = innerpulse(
        &database,
        &["dispatch", "--once"],
        &[("INNERPULSE__MAIL__TRANSPORT", "log")],
    );

    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains("scheduler pass"));
}

/// The keys of a key file, without comments, the sealing one first.
fn keys_in(file: &std::path::Path) -> Vec<String> {
    std::fs::read_to_string(file)
        .unwrap()
        .lines()
        .map(|line| line.split('#').next().unwrap_or_default().trim().to_owned())
        .filter(|key| !key.is_empty())
        .collect()
}

#[tokio::test]
async fn keys_generate_prints_a_key_and_rotate_puts_a_new_one_first_keeping_the_last_one_in_use() {
    let database = TestDatabase::create().await;
    let generated = innerpulse(&database, &["keys", "generate"], &[]);
    assert!(generated.status.success(), "{}", stderr(&generated));
    let first = stdout(&generated).trim().to_owned();
    assert_eq!(first.len(), 64);
    assert!(first.bytes().all(|b| b.is_ascii_hexdigit()));
    let file = database.dir.path().join("sealing_keys_under_test");
    std::fs::write(&file, format!("{first}\n")).unwrap();
    let path = file.display().to_string();
    let env = [("INNERPULSE__SECURITY__SEALING_KEY_FILE", path.as_str())];

    let rotated = innerpulse(&database, &["keys", "rotate"], &env);
    let status = innerpulse(&database, &["keys", "status"], &env);
    let after_one = keys_in(&file);
    let again = innerpulse(&database, &["keys", "rotate"], &env);
    let after_two = keys_in(&file);

    assert!(rotated.status.success(), "{}", stderr(&rotated));
    assert_eq!(
        after_one.len(),
        2,
        "the new key and the one sealing until now"
    );
    assert_ne!(after_one[0], first);
    assert_eq!(after_one[1], first);
    let listed = stdout(&status);
    assert!(
        listed.contains("seals") && listed.contains("opens"),
        "{listed}"
    );
    assert!(again.status.success(), "{}", stderr(&again));
    assert_eq!(
        after_two,
        vec![after_two[0].clone(), after_one[0].clone()],
        "a key no sealed submission needs is dropped once it no longer seals"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

#[tokio::test]
async fn production_without_a_sealing_key_refuses_to_start_with_one_line_naming_it() {
    let database = TestDatabase::create().await;

    let output = innerpulse(
        &database,
        &["serve"],
        &[
            ("INNERPULSE__APP__MODE", "production"),
            (
                "INNERPULSE__SECURITY__JWT_SECRET",
                "0123456789abcdef0123456789abcdef",
            ),
            (
                "INNERPULSE__SECURITY__SURVEY_LINK_KEY",
                "5572ve1ink5572ve1ink5572ve1ink5572ve1ink",
            ),
            (
                "INNERPULSE__SECURITY__HANDLE_KEY",
                "ha0d1eha0d1eha0d1eha0d1eha0d1eha0d1eha0d1e",
            ),
            (
                "INNERPULSE__SECURITY__ROTATION_KEY",
                "r0tat10nr0tat10nr0tat10nr0tat10nr0tat10n",
            ),
        ],
    );

    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert_eq!(message.trim().lines().count(), 1, "{message}");
    assert!(message.contains("security.sealing_key_file"), "{message}");
}
