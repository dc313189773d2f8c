//! Every entity under its table's name (`use entity::prelude::*;` then `Department::find()`).

pub use super::account::Entity as Account;
pub use super::account_department::Entity as AccountDepartment;
pub use super::account_token::Entity as AccountToken;
pub use super::action::Entity as Action;
pub use super::action_translation::Entity as ActionTranslation;
pub use super::answer::Entity as Answer;
pub use super::api_key::Entity as ApiKey;
pub use super::conversation::Entity as Conversation;
pub use super::conversation_message::Entity as ConversationMessage;
pub use super::cycle::Entity as Cycle;
pub use super::cycle_relationship::Entity as CycleRelationship;
pub use super::department::Entity as Department;
pub use super::employee::Entity as Employee;
pub use super::invitation::Entity as Invitation;
pub use super::invitation_section::Entity as InvitationSection;
pub use super::login_throttle::Entity as LoginThrottle;
pub use super::mail_outbox::Entity as MailOutbox;
pub use super::question::Entity as Question;
pub use super::question_translation::Entity as QuestionTranslation;
pub use super::questionnaire::Entity as Questionnaire;
pub use super::relationship::Entity as Relationship;
pub use super::response::Entity as Response;
pub use super::section_history::Entity as SectionHistory;
pub use super::shared_thanks::Entity as SharedThanks;
pub use super::wave::Entity as Wave;
pub use super::wave_notification::Entity as WaveNotification;
