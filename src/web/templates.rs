//! Tera templates compiled into the binary, with the `t()` translation function.

use crate::domain::Locale;
use crate::i18n::I18n;
use anyhow::{Context as _, anyhow};
use fluent_bundle::{FluentArgs, FluentValue};
use include_dir::{Dir, DirEntry, include_dir};
use std::sync::Arc;

static TEMPLATES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/templates");

/// The loaded templates; cheap to clone.
#[derive(Clone)]
pub struct Templates {
    tera: Arc<tera::Tera>,
}

impl Templates {
    /// Parses every `.html` and `.txt` template. In templates, `{{ t(key="id", name=x) }}`
    /// translates into the page's `lang`, and `{{ x | num(digits=1, signed=true) }}` writes a
    /// number in its notation.
    pub fn load(i18n: Arc<I18n>) -> anyhow::Result<Self> {
        let mut tera = tera::Tera::new();
        tera.autoescape_on(vec![".html"]);
        // Functions must be known before templates are parsed.
        tera.register_function("t", move |kwargs: tera::Kwargs, state: &tera::State| {
            translate(&i18n, &kwargs, state)
        });
        tera.register_filter("num", format_number);
        let mut sources = vec![];
        collect(&TEMPLATES, &mut sources);
        tera.add_raw_templates(sources)
            .map_err(|e| anyhow!("Failed to parse templates: {e}"))?;
        Ok(Self {
            tera: Arc::new(tera),
        })
    }

    /// Renders `name` with `context`, keeping Tera's full error chain.
    pub fn render(&self, name: &str, context: &tera::Context) -> anyhow::Result<String> {
        self.tera
            .render(name, context)
            .map_err(|e| anyhow!("{e:?}"))
            .with_context(|| format!("Failed to render template {name}"))
    }
}

fn collect(dir: &'static Dir<'static>, out: &mut Vec<(String, &'static str)>) {
    for entry in dir.entries() {
        match entry {
            DirEntry::Dir(sub) => collect(sub, out),
            DirEntry::File(file) => {
                let path = file.path().to_string_lossy().replace('\\', "/");
                let is_template = std::path::Path::new(&path)
                    .extension()
                    .is_some_and(|e| e == "html" || e == "txt");
                if let (true, Some(text)) = (is_template, file.contents_utf8()) {
                    out.push((path, text));
                }
            }
        }
    }
}

fn translate(i18n: &I18n, kwargs: &tera::Kwargs, state: &tera::State) -> tera::TeraResult<String> {
    let key: &str = kwargs.must_get("key")?;
    let lang: Option<String> = state.get("lang")?;
    let locale = lang
        .and_then(|l| Locale::parse(&l).ok())
        .unwrap_or(Locale::EN);
    let mut args = FluentArgs::new();
    for (name, value) in kwargs.iter() {
        let name = name.to_string();
        if name == "key" {
            continue;
        }
        let fluent = if let Some(number) = value.as_f64() {
            FluentValue::from(number)
        } else if let Some(text) = value.as_str() {
            FluentValue::from(text.to_owned())
        } else {
            FluentValue::from(value.to_string())
        };
        args.set(name, fluent);
    }
    Ok(i18n.text(locale, key, Some(&args)))
}

fn format_number(
    value: f64,
    kwargs: tera::Kwargs,
    state: &tera::State,
) -> tera::TeraResult<String> {
    let digits = kwargs.get::<i64>("digits")?.unwrap_or(0);
    let signed = kwargs.get::<bool>("signed")?.unwrap_or(false);
    let lang: Option<String> = state.get("lang")?;
    let locale = lang
        .and_then(|l| Locale::parse(&l).ok())
        .unwrap_or(Locale::EN);
    Ok(crate::i18n::numbers::decimal(
        value,
        usize::try_from(digits.clamp(0, 6)).unwrap_or(0),
        locale,
        signed,
    ))
}

/// `text` escaped as the templates escape values in `.html` files.
pub fn escape_html(text: &str) -> String {
    let mut escaped = Vec::with_capacity(text.len());
    // Writing to a Vec cannot fail, and escaping keeps UTF-8 valid.
    let _ = tera::escape_html(text, &mut escaped);
    String::from_utf8(escaped)
        .unwrap_or_else(|error| String::from_utf8_lossy(error.as_bytes()).into_owned())
}
