//! Configuration loading: layers, environment overrides and clear errors naming the key.

use innerpulse::config::{self, ConfigSources, MailTransport, Settings, SettingsError};
use std::collections::HashMap;

pub(crate) fn load_with(
    environment: &[(&str, &str)],
    overrides: &str,
) -> Result<Settings, SettingsError> {
    let data_dir = tempfile::tempdir().unwrap();
    let mut environment = environment
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect::<HashMap<_, _>>();
    environment.insert(
        "INNERPULSE__APP__DATA_DIR".to_owned(),
        data_dir.path().display().to_string(),
    );
    let result = config::load(ConfigSources {
        local_file: false,
        file: None,
        environment: Some(environment),
        overrides: Some(overrides.to_owned()),
    });
    drop(data_dir);
    result
}

#[test]
fn defaults_give_sqlite_the_file_outbox_and_port_8080() {
    let settings = load_with(&[], "").unwrap();

    assert_eq!(settings.database.url, "sqlite://data/innerpulse.db");
    assert_eq!(settings.mail.transport, MailTransport::File);
    assert_eq!(settings.mail.outbox_dir.to_str(), Some("data/outbox"));
    assert_eq!(settings.server.host, "127.0.0.1");
    assert_eq!(settings.server.port, 8080);
    assert_eq!(settings.anonymity.min_group_size.get(), 5);
    assert_eq!(settings.anonymity.min_comment_group_size.get(), 5);
}

#[test]
fn environment_variables_override_nested_keys() {
    let settings = load_with(
        &[
            ("INNERPULSE__SERVER__PORT", "9090"),
            ("INNERPULSE__MAIL__SMTP__HOST", "relay.example.com"),
            ("INNERPULSE__ANONYMITY__MIN_GROUP_SIZE", "7"),
        ],
        "",
    )
    .unwrap();

    assert_eq!(settings.server.port, 9090);
    assert_eq!(settings.mail.smtp.host, "relay.example.com");
    assert_eq!(settings.anonymity.min_group_size.get(), 7);
}

#[test]
fn an_unknown_mail_transport_is_refused_naming_the_key() {
    let error = load_with(&[("INNERPULSE__MAIL__TRANSPORT", "pigeon")], "").unwrap_err();

    assert_eq!(error.key, "mail.transport");
    assert!(error.to_string().contains("pigeon"), "{error}");
}

#[test]
fn a_threshold_below_three_is_refused_naming_the_key() {
    let error = load_with(&[], "[anonymity]\nmin_group_size = 2\n").unwrap_err();

    assert_eq!(error.key, "anonymity.min_group_size");
    assert!(error.to_string().contains("at least 3"), "{error}");
}

#[test]
fn a_relative_base_url_is_refused_naming_the_key() {
    let error = load_with(
        &[("INNERPULSE__SERVER__BASE_URL", "innerpulse.example.com")],
        "",
    )
    .unwrap_err();

    assert_eq!(error.key, "server.base_url");
}

#[test]
fn port_zero_is_refused_in_production() {
    let error = load_with(
        &[
            (
                "INNERPULSE__SECURITY__JWT_SECRET",
                "0123456789abcdef0123456789abcdef",
            ),
            ("INNERPULSE__SECURITY__SURVEY_LINK_KEY", SURVEY_LINK_KEY),
            ("INNERPULSE__SECURITY__HANDLE_KEY", HANDLE_KEY),
            ("INNERPULSE__SECURITY__ROTATION_KEY", ROTATION_KEY),
            ("INNERPULSE__SECURITY__SEALING_KEY", SEALING_KEY),
        ],
        "[app]\nmode = \"production\"\n[server]\nport = 0\n",
    )
    .unwrap_err();

    assert_eq!(error.key, "server.port");
}

/// A well-formed sealing key.
const SEALING_KEY: &str = "5ea1ed0a5ea1ed0a5ea1ed0a5ea1ed0a5ea1ed0a5ea1ed0a5ea1ed0a5ea1ed0a";
/// A survey link key.
const SURVEY_LINK_KEY: &str = "5572ve1ink5572ve1ink5572ve1ink5572ve1ink";
/// A handle key.
const HANDLE_KEY: &str = "ha0d1eha0d1eha0d1eha0d1eha0d1eha0d1eha0d1e";
/// A rotation key.
const ROTATION_KEY: &str = "r0tat10nr0tat10nr0tat10nr0tat10nr0tat10n";

#[test]
fn production_without_a_sealing_key_refuses_to_start_and_names_the_setting() {
    let error = load_with(
        &[
            (
                "INNERPULSE__SECURITY__JWT_SECRET",
                "0123456789abcdef0123456789abcdef",
            ),
            ("INNERPULSE__SECURITY__SURVEY_LINK_KEY", SURVEY_LINK_KEY),
            ("INNERPULSE__SECURITY__HANDLE_KEY", HANDLE_KEY),
            ("INNERPULSE__SECURITY__ROTATION_KEY", ROTATION_KEY),
        ],
        "[app]\nmode = \"production\"\n[server]\nport = 8080\n",
    )
    .unwrap_err();

    assert_eq!(error.key, "security.sealing_key_file");
    assert!(
        error.to_string().contains("innerpulse keys generate"),
        "{error}"
    );
}

#[test]
fn a_malformed_sealing_key_or_one_equal_to_the_session_secret_is_refused() {
    let session = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    let malformed = load_with(
        &[
            ("INNERPULSE__SECURITY__JWT_SECRET", session),
            ("INNERPULSE__SECURITY__SEALING_KEY", "not-a-key"),
        ],
        "",
    )
    .unwrap_err();
    assert_eq!(malformed.key, "security.sealing_key");

    let same = load_with(
        &[
            ("INNERPULSE__SECURITY__JWT_SECRET", session),
            ("INNERPULSE__SECURITY__SEALING_KEY", session),
        ],
        "",
    )
    .unwrap_err();
    assert!(same.to_string().contains("session secret"), "{same}");
}

#[test]
fn in_development_a_sealing_key_file_is_generated_once_readable_by_its_owner_only() {
    let data_dir = tempfile::tempdir().unwrap();
    let overrides = format!("[app]\ndata_dir = \"{}\"\n", data_dir.path().display());
    let first = load_with(&[], &overrides).unwrap();
    let second = load_with(&[], &overrides).unwrap();
    let path = data_dir.path().join("sealing_keys");

    assert_eq!(
        first.security.sealing_keys().unwrap().current().id(),
        second.security.sealing_keys().unwrap().current().id()
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

#[test]
fn production_needs_its_own_survey_link_handle_and_rotation_keys_each_named() {
    let session = (
        "INNERPULSE__SECURITY__JWT_SECRET",
        "0123456789abcdef0123456789abcdef",
    );
    let production = "[app]\nmode = \"production\"\n";

    let no_link_key = load_with(&[session], production).unwrap_err();
    let no_handle_key = load_with(
        &[
            session,
            ("INNERPULSE__SECURITY__SURVEY_LINK_KEY", SURVEY_LINK_KEY),
        ],
        production,
    )
    .unwrap_err();

    assert_eq!(no_link_key.key, "security.survey_link_key");
    assert!(
        no_link_key
            .to_string()
            .contains("INNERPULSE__SECURITY__SURVEY_LINK_KEY"),
        "{no_link_key}"
    );
    let no_rotation_key = load_with(
        &[
            session,
            ("INNERPULSE__SECURITY__SURVEY_LINK_KEY", SURVEY_LINK_KEY),
            ("INNERPULSE__SECURITY__HANDLE_KEY", HANDLE_KEY),
        ],
        production,
    )
    .unwrap_err();
    assert_eq!(no_handle_key.key, "security.handle_key");
    assert_eq!(no_rotation_key.key, "security.rotation_key");
}

#[test]
fn one_value_for_two_keys_is_refused_naming_both() {
    let shared = "0123456789abcdef0123456789abcdef";

    let error = load_with(
        &[
            ("INNERPULSE__SECURITY__JWT_SECRET", shared),
            ("INNERPULSE__SECURITY__SURVEY_LINK_KEY", shared),
        ],
        "",
    )
    .unwrap_err();

    assert_eq!(error.key, "security.survey_link_key");
    assert!(error.to_string().contains("security.jwt_secret"), "{error}");
}

#[test]
fn in_development_each_key_file_is_generated_once_readable_by_its_owner_only() {
    let data_dir = tempfile::tempdir().unwrap();
    std::fs::write(
        data_dir.path().join("jwt_secret"),
        "left-readable-by-an-older-version-0123",
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let path = data_dir.path().join("jwt_secret");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    let overrides = format!("[app]\ndata_dir = \"{}\"\n", data_dir.path().display());
    use secrecy::ExposeSecret;

    let first = load_with(&[], &overrides).unwrap();
    let second = load_with(&[], &overrides).unwrap();

    for (file, first, second) in [
        (
            "jwt_secret",
            &first.security.jwt_secret,
            &second.security.jwt_secret,
        ),
        (
            "survey_link_key",
            &first.security.survey_link_key,
            &second.security.survey_link_key,
        ),
        (
            "handle_key",
            &first.security.handle_key,
            &second.security.handle_key,
        ),
        (
            "rotation_key",
            &first.security.rotation_key,
            &second.security.rotation_key,
        ),
    ] {
        assert_eq!(first.expose_secret(), second.expose_secret(), "{file}");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(data_dir.path().join(file))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600, "{file}");
        }
    }
    assert_eq!(
        first.security.jwt_secret.expose_secret(),
        "left-readable-by-an-older-version-0123"
    );
    assert_ne!(
        first.security.survey_link_key.expose_secret(),
        first.security.handle_key.expose_secret()
    );
}

#[test]
fn production_without_a_session_secret_refuses_to_start() {
    let error = load_with(&[], "[app]\nmode = \"production\"\n").unwrap_err();

    assert_eq!(error.key, "security.jwt_secret");
    assert!(
        error
            .to_string()
            .contains("INNERPULSE__SECURITY__JWT_SECRET")
    );
}

#[test]
fn development_generates_a_session_secret_once_and_keeps_it() {
    let data_dir = tempfile::tempdir().unwrap();
    let overrides = format!("[app]\ndata_dir = \"{}\"\n", data_dir.path().display());
    let load = || {
        config::load(ConfigSources {
            local_file: false,
            file: None,
            environment: Some(HashMap::new()),
            overrides: Some(overrides.clone()),
        })
        .unwrap()
    };
    use secrecy::ExposeSecret;

    let first = load().security.jwt_secret.expose_secret().to_owned();
    let second = load().security.jwt_secret.expose_secret().to_owned();

    assert!(first.len() >= 32);
    assert_eq!(first, second);
    assert!(data_dir.path().join("jwt_secret").is_file());
}

#[test]
fn an_unknown_key_is_refused() {
    let error = load_with(&[], "[server]\nprot = 80\n").unwrap_err();

    assert!(error.to_string().contains("prot"), "{error}");
}

#[test]
fn a_missing_config_file_is_refused() {
    let error = config::load(ConfigSources {
        local_file: false,
        file: Some("/no/such/innerpulse.toml".into()),
        environment: Some(HashMap::new()),
        overrides: None,
    })
    .unwrap_err();

    assert_eq!(error.key, "--config");
}

#[test]
fn a_dispatch_batch_of_zero_or_over_ten_thousand_is_refused_naming_the_key() {
    for size in ["0", "10001"] {
        let error = load_with(&[("INNERPULSE__SCHEDULER__BATCH_SIZE", size)], "").unwrap_err();

        assert_eq!(error.key, "scheduler.batch_size");
        assert!(error.message.contains("between 1 and 10000"), "{error}");
    }
    let settings = load_with(&[("INNERPULSE__SCHEDULER__BATCH_SIZE", "10000")], "").unwrap();
    assert_eq!(settings.scheduler.batch_size, 10_000);
}

#[test]
fn production_refuses_an_http_base_url_unless_allowed() {
    let secrets = [
        (
            "INNERPULSE__SECURITY__JWT_SECRET",
            "0123456789abcdef0123456789abcdef",
        ),
        ("INNERPULSE__SECURITY__SURVEY_LINK_KEY", SURVEY_LINK_KEY),
        ("INNERPULSE__SECURITY__HANDLE_KEY", HANDLE_KEY),
        ("INNERPULSE__SECURITY__ROTATION_KEY", ROTATION_KEY),
        ("INNERPULSE__SECURITY__SEALING_KEY", SEALING_KEY),
    ];
    let production = "[app]\nmode = \"production\"\n[server]\nport = 8080\nbase_url = \"http://feedback.example.com\"\n";

    let refused = load_with(&secrets, production).unwrap_err();
    let allowed = load_with(
        &secrets,
        &format!("{production}[security]\nallow_insecure_http = true\n"),
    );
    let https = load_with(&secrets, &production.replace("http://", "https://")).unwrap();

    assert_eq!(refused.key, "security.allow_insecure_http");
    assert!(!refused.to_string().contains('\n'), "{refused}");
    assert!(allowed.is_ok(), "{allowed:?}");
    assert!(https.security.cookie_secure, "https forces secure cookies");
}

#[test]
fn trusted_proxies_must_be_addresses_or_ranges() {
    let error =
        load_with(&[], "[server]\ntrusted_proxies = [\"proxy.example.com\"]\n").unwrap_err();
    let fine = load_with(
        &[],
        "[server]\ntrusted_proxies = [\"10.0.0.0/8\", \"::1\"]\n",
    );

    assert!(error.key.starts_with("server.trusted_proxies"), "{error}");
    assert!(fine.is_ok(), "{fine:?}");
}

#[test]
fn max_concurrent_password_checks_of_zero_is_refused_naming_the_key() {
    let error = load_with(&[], "[security]\nmax_concurrent_password_checks = 0\n").unwrap_err();

    assert_eq!(error.key, "security.max_concurrent_password_checks");
}

#[test]
fn email_domains_are_lower_case_lists_and_a_bad_one_is_refused_naming_the_key() {
    let from_file = load_with(&[], "[organisation]\nemail_domains = [\" Example.COM \"]").unwrap();
    let from_environment = load_with(
        &[(
            "INNERPULSE__ORGANISATION__EMAIL_DOMAINS",
            "example.com,Example.org",
        )],
        "",
    )
    .unwrap();
    let bad = load_with(&[], "[organisation]\nemail_domains = [\"@example.com\"]").unwrap_err();

    assert_eq!(from_file.organisation.email_domains, ["example.com"]);
    assert_eq!(
        from_environment.organisation.email_domains,
        ["example.com", "example.org"]
    );
    assert!(
        load_with(&[], "")
            .unwrap()
            .organisation
            .email_domains
            .is_empty()
    );
    assert_eq!(bad.key, "organisation.email_domains");
}

#[test]
fn an_audit_retention_under_30_days_is_refused_naming_the_key() {
    let error = load_with(&[], "[audit]\nretention_days = 29").unwrap_err();

    assert_eq!(error.key, "audit.retention_days");
    assert_eq!(load_with(&[], "").unwrap().audit.retention_days, 730);
}
