//! Domain values: newtypes that can only hold valid data (parse, don't validate).
//! No I/O here; the store converts database rows into these types.

mod audit;
mod builtin_questionnaire;
mod cadence;
mod email;
mod ip_range;
mod locale;
mod min_group_size;
mod organisation;
pub mod pulse;
mod refusal;
pub mod text;
mod token;

pub use audit::Change;
pub use builtin_questionnaire::{
    BUILTIN_KEY, BUILTIN_NAME_KEY, BUILTIN_QUESTIONS, BuiltinQuestion, LOST_TIME_BANDS,
    LOST_TIME_OPTION_PREFIX,
};
pub use cadence::{Cadence, CadencePreset, Timezone};
pub use email::EmailAddress;
pub use ip_range::IpRange;
pub use locale::Locale;
pub use min_group_size::MinGroupSize;
pub use organisation::{DepartmentName, ExternalId, PersonName, WHOLE_ORGANISATION};
pub use refusal::{Refusal, Usage};
pub use token::{SecretToken, hash_hex};
