//! Who may read, change and record providers' actions: HR admins everything, viewers read
//! only, department heads what their departments provide or own.

use crate::domain::CurrentUser;
use crate::store::followup::actions::ActionView;

impl ActionView {
    /// HR admins and viewers read every action; a head those of services their departments
    /// provide or actions their departments own.
    pub fn readable_by(&self, user: &CurrentUser) -> bool {
        user.can_read_department(self.provider_department_id)
            || user.can_read_department(self.owner_department_id)
    }

    /// HR admins change every action; a head those they may read; viewers none.
    pub fn editable_by(&self, user: &CurrentUser) -> bool {
        !user.is_viewer() && self.readable_by(user)
    }
}

/// Whether `user` may record an action for a relationship provided by `provider`: HR admins
/// and heads of the providing department.
pub fn may_record_for(user: &CurrentUser, provider: i32) -> bool {
    !user.is_viewer() && user.can_read_department(provider)
}
