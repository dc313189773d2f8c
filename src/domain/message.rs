//! Translatable messages produced by pure code: a Fluent id plus its arguments, rendered in
//! the reader's language by whoever shows them (`Message::render` in `import::message`).

/// One argument of a message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    /// Text, inserted as is.
    Text(String),
    /// A number, so that plural forms are chosen correctly.
    Number(i64),
    /// Other messages, rendered and joined with commas.
    List(Vec<Message>),
}

/// A message id from `templates/locales/<lang>/organisation.ftl` with its arguments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// The Fluent message id.
    pub key: &'static str,
    /// Named arguments.
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    /// A message without arguments.
    pub fn new(key: &'static str) -> Self {
        Self { key, args: vec![] }
    }

    /// Adds a text argument.
    #[must_use]
    pub fn text(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, Arg::Text(value.into())));
        self
    }

    /// Adds a numeric argument.
    #[must_use]
    pub fn number(mut self, name: &'static str, value: impl TryInto<i64>) -> Self {
        let value = value.try_into().unwrap_or(i64::MAX);
        self.args.push((name, Arg::Number(value)));
        self
    }

    /// Adds a list of messages, shown joined with commas.
    #[must_use]
    pub fn list(mut self, name: &'static str, items: Vec<Message>) -> Self {
        self.args.push((name, Arg::List(items)));
        self
    }
}
