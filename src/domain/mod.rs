//! Domain values: newtypes that can only hold valid data (parse, don't validate).
//! No I/O here; the store converts database rows into these types.

pub mod action;
pub mod assignment;
mod audit;
mod builtin_questionnaire;
mod cadence;
pub mod conversation;
mod email;
mod field_errors;
pub mod import_plan;
mod ip_range;
mod locale;
mod message;
mod min_group_size;
mod organisation;
pub mod period_counts;
pub mod programme;
pub mod pulse;
mod refusal;
mod staff;
pub mod survey;
pub mod text;
mod token;

pub use audit::Change;
pub use builtin_questionnaire::{
    BUILTIN_KEY, BUILTIN_NAME_KEY, BUILTIN_QUESTIONS, BuiltinQuestion, BuiltinTexts,
    LOST_TIME_BANDS, LOST_TIME_OPTION_PREFIX,
};
pub use cadence::{Cadence, CadencePreset, Timezone};
pub use email::EmailAddress;
pub use field_errors::FieldErrors;
pub use ip_range::IpRange;
pub use locale::Locale;
pub use message::{Arg, Message};
pub use min_group_size::{MinGroupSize, comments_visible, rate_visible};
pub use organisation::{DepartmentName, ExternalId, PersonName, WHOLE_ORGANISATION};
pub use refusal::{Refusal, Usage};
pub use staff::{ApiKeyCaller, CurrentUser, KEY_PREFIX, Scope};
pub use token::{SecretToken, hash_hex};
