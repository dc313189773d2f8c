//! `[auth]` settings: what is accepted, and the one line that names a bad key.

use crate::configuration::load_with;

const PROVIDER: &str = r#"
[auth.oidc.providers.corp]
issuer_url = "https://login.example.com/realms/staff"
client_id = "innerpulse"
"#;

#[test]
fn a_provider_gets_the_default_scopes_its_name_as_label_and_a_secret_from_the_environment() {
    let settings = load_with(
        &[(
            "INNERPULSE__AUTH__OIDC__PROVIDERS__CORP__CLIENT_SECRET",
            "from-the-environment",
        )],
        PROVIDER,
    )
    .unwrap();
    let provider = settings.auth.provider("corp").unwrap();
    assert_eq!(provider.scopes(), ["openid", "email", "profile"]);
    assert_eq!(provider.button_label, "corp");
    assert!(provider.has_secret());
    assert!(settings.auth.password_login);
}

#[test]
fn a_client_secret_file_fills_the_secret() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("secret");
    std::fs::write(&file, "from-a-file\n").unwrap();
    let settings = load_with(
        &[],
        &format!(
            "{PROVIDER}client_secret_file = \"{}\"\n",
            file.display().to_string().replace('\\', "/")
        ),
    )
    .unwrap();
    assert!(settings.auth.provider("corp").unwrap().has_secret());
}

#[test]
fn bad_auth_settings_are_refused_naming_the_key() {
    let cases = [
        ("[auth]\npassword_login = false\n", "auth.password_login"),
        (
            "[auth.oidc.providers.corp]\nissuer_url = \"http://login.example.com\"\nclient_id = \"x\"\n",
            "auth.oidc.providers.corp.issuer_url",
        ),
        (
            "[auth.oidc.providers.Corp]\nissuer_url = \"https://login.example.com\"\nclient_id = \"x\"\n",
            "auth.oidc.providers.Corp",
        ),
        (
            "[auth.oidc.providers.corp]\nissuer_url = \"https://login.example.com\"\nclient_id = \" \"\n",
            "auth.oidc.providers.corp.client_id",
        ),
        ("[auth.oidc]\nauto_create = true\n", "auth.oidc.auto_create"),
        (
            "[auth.oidc]\n[[auth.oidc.roles]]\nvalue = \"hr\"\nrole = \"hr_admin\"\n",
            "auth.oidc.roles",
        ),
        (
            "[auth.oidc]\nrole_claim = \"groups\"\n[[auth.oidc.roles]]\nvalue = \"leads\"\nrole = \"department_head\"\n",
            "auth.oidc.roles[0].departments",
        ),
        (
            "[auth.oidc]\nrole_claim = \"groups\"\n[[auth.oidc.roles]]\nvalue = \"hr\"\nrole = \"hr_admin\"\ndepartments = [\"IT\"]\n",
            "auth.oidc.roles[0].departments",
        ),
    ];
    for (toml, key) in cases {
        let error = load_with(&[], toml).expect_err(toml);
        assert_eq!(error.key, key, "{toml}");
    }
    let error = load_with(
        &[],
        "[auth.oidc]\nrole_claim = \"groups\"\n[[auth.oidc.roles]]\nvalue = \"x\"\nrole = \"owner\"\n",
    )
    .expect_err("an unknown role");
    assert!(error.to_string().contains("role"), "{error}");
}
