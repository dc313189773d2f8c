//! Which innerpulse role a provider's role claim gives (`auth.oidc.roles`): the highest role
//! among the matching entries wins (HR admin, then department head, then viewer), with the
//! departments of every matching entry of that role.

use crate::config::RoleRule;
use entity::account::Role;

/// The role a claim gives, with its departments as configured (names or ids).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Grant {
    pub role: Role,
    pub departments: Vec<String>,
}

fn rank(role: Role) -> u8 {
    match role {
        Role::HrAdmin => 3,
        Role::DepartmentHead => 2,
        Role::Viewer => 1,
    }
}

/// The grant of the claim's `values` under `rules`; `None` when no value matches a rule.
/// Values match exactly (group ids and role names are case-sensitive at most providers).
pub fn grant(rules: &[RoleRule], values: &[String]) -> Option<Grant> {
    let matching: Vec<&RoleRule> = rules
        .iter()
        .filter(|rule| values.iter().any(|value| value == &rule.value))
        .collect();
    let role = matching
        .iter()
        .map(|rule| rule.role)
        .max_by_key(|role| rank(*role))?;
    let mut departments: Vec<String> = Vec::new();
    for rule in matching.iter().filter(|rule| rule.role == role) {
        for department in &rule.departments {
            if !departments.contains(department) {
                departments.push(department.clone());
            }
        }
    }
    Some(Grant { role, departments })
}

#[cfg(test)]
mod tests {
    use super::{Grant, grant};
    use crate::config::RoleRule;
    use entity::account::Role;

    fn rule(value: &str, role: Role, departments: &[&str]) -> RoleRule {
        RoleRule {
            value: value.to_owned(),
            role,
            departments: departments.iter().map(|d| (*d).to_owned()).collect(),
        }
    }

    fn values(list: &[&str]) -> Vec<String> {
        list.iter().map(|v| (*v).to_owned()).collect()
    }

    #[test]
    fn the_highest_matching_role_wins_with_the_departments_of_its_entries() {
        let rules = [
            rule("hr", Role::HrAdmin, &[]),
            rule("it-leads", Role::DepartmentHead, &["IT"]),
            rule("ops-leads", Role::DepartmentHead, &["Operations", "IT"]),
            rule("readers", Role::Viewer, &["Kitchen"]),
        ];
        assert_eq!(
            grant(&rules, &values(&["readers", "it-leads", "ops-leads"])),
            Some(Grant {
                role: Role::DepartmentHead,
                departments: values(&["IT", "Operations"]),
            })
        );
        assert_eq!(
            grant(&rules, &values(&["readers", "hr"])).map(|g| g.role),
            Some(Role::HrAdmin)
        );
        assert_eq!(
            grant(&rules, &values(&["readers"])),
            Some(Grant {
                role: Role::Viewer,
                departments: values(&["Kitchen"]),
            })
        );
    }

    #[test]
    fn values_that_match_no_entry_give_no_role() {
        let rules = [rule("hr", Role::HrAdmin, &[])];
        assert_eq!(grant(&rules, &values(&["HR", "staff"])), None);
        assert_eq!(grant(&rules, &[]), None);
    }
}
