//! Planning an import: given the file's records and the organisation as it is, decide row by
//! row what changes — or list every row that is wrong. Pure: no I/O, so every rule is tested
//! here; `store::organisation::employee_import::apply` carries a plan out.

use super::csv::{Record, RowProblem};
use super::message::Message;
pub use crate::domain::import_plan::{
    DepartmentRef, EmployeeData, EmployeeUpdate, ExistingEmployee, Person, Plan, Snapshot, Summary,
};
use crate::domain::text::TextError;
use crate::domain::{DepartmentName, EmailAddress, ExternalId, Locale, PersonName};
use std::collections::{BTreeMap, HashMap};

/// The choices the person importing makes.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// Create departments the file names that do not exist yet.
    pub create_departments: bool,
    /// Proceed even when more than 20 % of the active employees would be deactivated.
    pub confirm_deactivation: bool,
    /// Locale of new employees whose row leaves it empty.
    pub default_locale: Locale,
}

/// The decision about a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decision {
    /// Every row is valid; this is what will be written.
    Ready(Plan),
    /// Some rows are wrong; nothing may be written.
    Rejected(Vec<RowProblem>),
    /// Valid, but it would deactivate more than 20 % of the active employees.
    NeedsConfirmation {
        deactivate: Vec<Person>,
        active: usize,
    },
}

/// Largest share of active employees (in percent) an import deactivates without confirmation.
pub const DEACTIVATION_LIMIT_PERCENT: usize = 20;

struct Planner<'a> {
    snapshot: &'a Snapshot,
    options: Options,
    departments: HashMap<String, i32>,
    by_email: HashMap<&'a str, usize>,
    by_external_id: HashMap<&'a str, usize>,
    seen_emails: HashMap<String, usize>,
    seen_external_ids: HashMap<String, usize>,
    matched: HashMap<usize, usize>,
    new_departments: BTreeMap<String, usize>,
    plan: Plan,
    problems: Vec<RowProblem>,
}

/// Plans the import of `records` (rows the parser already rejected come in as `problems`).
pub fn plan(
    records: &[Record],
    mut problems: Vec<RowProblem>,
    snapshot: &Snapshot,
    options: Options,
) -> Decision {
    let mut planner = Planner {
        snapshot,
        options,
        departments: snapshot
            .departments
            .iter()
            .map(|(id, name)| (name.trim().to_lowercase(), *id))
            .collect(),
        by_email: index(snapshot, |e| Some(e.email.as_str())),
        by_external_id: index(snapshot, |e| e.external_id.as_deref()),
        seen_emails: HashMap::new(),
        seen_external_ids: HashMap::new(),
        matched: HashMap::new(),
        new_departments: BTreeMap::new(),
        plan: Plan::default(),
        problems: vec![],
    };
    for record in records {
        planner.row(record);
    }
    problems.append(&mut planner.problems);
    if !problems.is_empty() {
        problems.sort_by_key(|p| p.line);
        return Decision::Rejected(problems);
    }
    planner.finish()
}

fn index<'a>(
    snapshot: &'a Snapshot,
    key: impl Fn(&'a ExistingEmployee) -> Option<&'a str>,
) -> HashMap<&'a str, usize> {
    snapshot
        .employees
        .iter()
        .enumerate()
        .filter_map(|(position, employee)| key(employee).map(|k| (k, position)))
        .collect()
}

/// The problem of a `column` holding a control, separator or text-direction character.
fn control_characters(column: &str) -> Message {
    Message::new("import-control-characters").text("column", column)
}

impl Planner<'_> {
    fn problem(&mut self, line: usize, message: Message) {
        self.problems.push(RowProblem { line, message });
    }

    fn row(&mut self, record: &Record) {
        let line = record.line;
        let before = self.problems.len();
        let email = match EmailAddress::parse(&record.email) {
            Ok(email) => Some(email),
            Err(_) if record.email.trim().is_empty() => {
                self.problem(line, Message::new("import-empty-email"));
                None
            }
            Err(_) => {
                let m = Message::new("import-bad-email").text("value", record.email.trim());
                self.problem(line, m);
                None
            }
        };
        let name = match PersonName::parse_label(&record.name) {
            Ok(name) => Some(name),
            Err(TextError::Empty) => {
                self.problem(line, Message::new("import-empty-name"));
                None
            }
            Err(TextError::ControlCharacter) => {
                self.problem(line, control_characters("name"));
                None
            }
            Err(TextError::TooLong) => {
                let m = Message::new("import-bad-name").number("max", PersonName::MAX_CHARS);
                self.problem(line, m);
                None
            }
        };
        let department = self.department(line, &record.department);
        let locale = if record.locale.trim().is_empty() {
            None
        } else if let Ok(locale) = Locale::parse(&record.locale) {
            Some(locale)
        } else {
            let m = Message::new("import-bad-locale").text("value", record.locale.trim());
            self.problem(line, m);
            None
        };
        let external_id = match ExternalId::parse_optional_label(&record.external_id) {
            Ok(id) => id,
            Err(TextError::ControlCharacter) => {
                self.problem(line, control_characters("external_id"));
                None
            }
            Err(TextError::Empty | TextError::TooLong) => {
                let m = Message::new("import-bad-external-id").number("max", ExternalId::MAX_CHARS);
                self.problem(line, m);
                None
            }
        };
        if let Some(email) = &email
            && let Some(first) = self.seen_emails.insert(email.as_str().to_owned(), line)
        {
            let m = Message::new("import-duplicate-email")
                .text("value", email.as_str())
                .number("first", first);
            self.problem(line, m);
        }
        if let Some(id) = &external_id
            && let Some(first) = self.seen_external_ids.insert(id.as_str().to_owned(), line)
        {
            let m = Message::new("import-duplicate-external-id")
                .text("value", id.as_str())
                .number("first", first);
            self.problem(line, m);
        }
        let (Some(email), Some(name), Some(department)) = (email, name, department) else {
            return;
        };
        if self.problems.len() > before {
            return;
        }
        let existing = external_id
            .as_ref()
            .and_then(|id| self.by_external_id.get(id.as_str()))
            .or_else(|| self.by_email.get(email.as_str()))
            .copied();
        let Some(position) = existing else {
            self.plan.creates.push(EmployeeData {
                locale: locale.unwrap_or(self.options.default_locale),
                email,
                name,
                department,
                external_id,
            });
            self.plan.summary.created += 1;
            return;
        };
        self.update(line, position, email, name, department, locale, external_id);
    }

    #[expect(
        clippy::too_many_arguments,
        reason = "one call site, the fields of a row"
    )]
    fn update(
        &mut self,
        line: usize,
        position: usize,
        email: EmailAddress,
        name: PersonName,
        department: DepartmentRef,
        locale: Option<Locale>,
        external_id: Option<ExternalId>,
    ) {
        let snapshot = self.snapshot;
        let current = &snapshot.employees[position];
        if let Some(first) = self.matched.insert(position, line) {
            let m = Message::new("import-same-employee").number("first", first);
            self.problem(line, m);
            return;
        }
        if let Some(holder) = self.by_email.get(email.as_str())
            && *holder != position
        {
            let m = Message::new("import-email-taken").text("value", email.as_str());
            self.problem(line, m);
            return;
        }
        let locale = locale
            .or_else(|| Locale::parse(&current.locale).ok())
            .unwrap_or(self.options.default_locale);
        let external_id = external_id.or_else(|| {
            current
                .external_id
                .as_deref()
                .and_then(|id| ExternalId::parse(id).ok())
        });
        let changed = current.email != email.as_str()
            || current.name != name.as_str()
            || department != DepartmentRef::Existing(current.department_id)
            || current.locale != locale.as_str()
            || current.external_id.as_deref() != external_id.as_ref().map(ExternalId::as_str);
        let reactivate = !current.active;
        if reactivate {
            self.plan.summary.reactivated += 1;
        } else if changed {
            self.plan.summary.updated += 1;
        } else {
            self.plan.summary.unchanged += 1;
        }
        if changed || reactivate {
            self.plan.updates.push(EmployeeUpdate {
                id: current.id,
                data: EmployeeData {
                    email,
                    name,
                    department,
                    locale,
                    external_id,
                },
                reactivate,
            });
        }
    }

    fn department(&mut self, line: usize, raw: &str) -> Option<DepartmentRef> {
        let key = raw.trim().to_lowercase();
        if key.is_empty() {
            self.problem(line, Message::new("import-empty-department"));
            return None;
        }
        if let Some(id) = self.departments.get(&key) {
            return Some(DepartmentRef::Existing(*id));
        }
        if let Some(position) = self.new_departments.get(&key) {
            return Some(DepartmentRef::New(*position));
        }
        if !self.options.create_departments {
            let m = Message::new("import-unknown-department").text("value", raw.trim());
            self.problem(line, m);
            return None;
        }
        match DepartmentName::parse_label(raw) {
            Ok(name) => {
                let position = self.plan.new_departments.len();
                self.plan.new_departments.push(name);
                self.new_departments.insert(key, position);
                Some(DepartmentRef::New(position))
            }
            Err(TextError::ControlCharacter) => {
                self.problem(line, control_characters("department"));
                None
            }
            Err(TextError::Empty | TextError::TooLong) => {
                let m =
                    Message::new("import-bad-department").number("max", DepartmentName::MAX_CHARS);
                self.problem(line, m);
                None
            }
        }
    }

    fn finish(mut self) -> Decision {
        let active = self.snapshot.employees.iter().filter(|e| e.active).count();
        self.plan.deactivate = self
            .snapshot
            .employees
            .iter()
            .enumerate()
            .filter(|(position, e)| e.active && !self.matched.contains_key(position))
            .map(|(_, e)| Person {
                id: e.id,
                name: e.name.clone(),
                email: e.email.clone(),
            })
            .collect();
        self.plan.summary.deactivated = self.plan.deactivate.len();
        self.plan.summary.departments_created = self.plan.new_departments.len();
        let too_many = self.plan.deactivate.len() * 100 > active * DEACTIVATION_LIMIT_PERCENT;
        if too_many && !self.options.confirm_deactivation {
            return Decision::NeedsConfirmation {
                deactivate: self.plan.deactivate,
                active,
            };
        }
        Decision::Ready(self.plan)
    }
}

#[cfg(test)]
mod tests;
