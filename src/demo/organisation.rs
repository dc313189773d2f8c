//! The demo organisation's shape: departments (Kitchen and Service floor under Restaurant),
//! 86 employees with names from their language, and the service relationships with their
//! standards and the "personality" their customers' answers follow.

use super::answers::Profile;
use super::names::random_person;
use super::plan::{DEPARTMENTS, RELATIONSHIPS};
use crate::domain::{EmailAddress, Locale};
use crate::store::organisation::{self as store, NewEmployee, NewRelationship};
use anyhow::Context;
use chrono::{DateTime, Utc};
use rand::Rng;
use std::collections::{HashMap, HashSet};

/// Domain of every demo email address.
pub const EMAIL_DOMAIN: &str = "demo.innerpulse.example";

/// A created department.
pub struct Department {
    /// Its id.
    pub id: i32,
    /// Its name.
    pub name: &'static str,
    /// Its parent's id.
    pub parent_id: Option<i32>,
}

/// A created employee, as far as the history needs it.
pub struct Employee {
    /// Its id.
    pub id: i32,
    /// Its department.
    pub department_id: i32,
    /// The language it answers in.
    pub locale: Locale,
}

/// A created relationship and how its customers answer.
pub struct Relationship {
    /// Its id.
    pub id: i32,
    /// Service name, e.g. "IT helpdesk".
    pub service: &'static str,
    /// The providing department.
    pub provider_department_id: i32,
    /// The customer department; `None` for the whole organisation.
    pub customer_department_id: Option<i32>,
    /// Whether it has a service standard (then its sections ask about it).
    pub has_standard: bool,
    /// How answers about it behave over the weeks.
    pub profile: Profile,
}

/// Everything `create` made.
pub struct Organisation {
    /// Departments, parents before children.
    pub departments: Vec<Department>,
    /// Employees, in creation order.
    pub employees: Vec<Employee>,
    /// Relationships, in creation order.
    pub relationships: Vec<Relationship>,
}

impl Organisation {
    /// The id of the department called `name`.
    pub fn department_id(&self, name: &str) -> anyhow::Result<i32> {
        self.departments
            .iter()
            .find(|department| department.name == name)
            .map(|department| department.id)
            .with_context(|| format!("The demo has no department `{name}`"))
    }

    /// `department_id` and its ancestors, nearest first.
    pub fn with_ancestors(&self, department_id: i32) -> Vec<i32> {
        let mut chain = vec![department_id];
        let mut current = department_id;
        while let Some(parent) = self
            .departments
            .iter()
            .find(|department| department.id == current)
            .and_then(|department| department.parent_id)
        {
            if chain.contains(&parent) {
                break;
            }
            chain.push(parent);
            current = parent;
        }
        chain
    }
}

/// Creates departments, employees and relationships.
pub async fn create(
    db: &impl sea_orm::ConnectionTrait,
    rng: &mut impl Rng,
    created_at: DateTime<Utc>,
) -> anyhow::Result<Organisation> {
    let mut departments: Vec<Department> = Vec::with_capacity(DEPARTMENTS.len());
    for spec in &DEPARTMENTS {
        let parent_id = match spec.parent {
            Some(parent) => Some(
                departments
                    .iter()
                    .find(|department| department.name == parent)
                    .map(|department| department.id)
                    .with_context(|| format!("Parent `{parent}` must come first"))?,
            ),
            None => None,
        };
        let id = store::insert_department(db, spec.name, parent_id, created_at).await?;
        departments.push(Department {
            id,
            name: spec.name,
            parent_id,
        });
    }
    let mut organisation = Organisation {
        departments,
        employees: Vec::new(),
        relationships: Vec::new(),
    };
    let new_employees = people(rng, &organisation)?;
    let stored = store::insert_employees(db, new_employees, created_at).await?;
    let mut by_external_id: HashMap<String, Employee> = HashMap::new();
    for model in stored {
        let locale = Locale::parse(&model.locale).unwrap_or(Locale::EN);
        let key = model.external_id.clone().unwrap_or_default();
        by_external_id.insert(
            key,
            Employee {
                id: model.id,
                department_id: model.department_id,
                locale,
            },
        );
    }
    let mut keys: Vec<String> = by_external_id.keys().cloned().collect();
    keys.sort();
    organisation.employees = keys
        .iter()
        .filter_map(|key| by_external_id.remove(key))
        .collect();
    for spec in &RELATIONSHIPS {
        let provider_department_id = organisation.department_id(spec.provider)?;
        let customer_department_id = match spec.customer {
            Some(customer) => Some(organisation.department_id(customer)?),
            None => None,
        };
        let new = NewRelationship {
            provider_department_id,
            customer_department_id,
            service_name: spec.service.to_owned(),
            service_standard: Some(spec.standard.to_owned()),
        };
        let id = store::insert_relationship(db, new, created_at).await?;
        organisation.relationships.push(Relationship {
            id,
            service: spec.service,
            provider_department_id,
            customer_department_id,
            has_standard: !spec.standard.trim().is_empty(),
            profile: spec.profile,
        });
    }
    Ok(organisation)
}

/// Names, languages, unique addresses and HRIS ids (`E1001`, …) for every department.
fn people(rng: &mut impl Rng, organisation: &Organisation) -> anyhow::Result<Vec<NewEmployee>> {
    let mut taken = HashSet::new();
    let mut people = Vec::new();
    let mut next_id = 1001;
    for spec in &DEPARTMENTS {
        let department_id = organisation.department_id(spec.name)?;
        let locales: Vec<Locale> = spec
            .locales
            .split_whitespace()
            .map(|code| Locale::parse(code).unwrap_or(Locale::EN))
            .collect();
        for index in 0..spec.size {
            let locale = locales
                .get(index % locales.len().max(1))
                .copied()
                .unwrap_or(Locale::EN);
            let mut person = random_person(rng, locale);
            let mut attempts = 0;
            while taken.contains(&person.email_local) && attempts < 50 {
                person = random_person(rng, locale);
                attempts += 1;
            }
            let mut local = person.email_local.clone();
            let mut suffix = 2;
            while taken.contains(&local) {
                local = format!("{}{suffix}", person.email_local);
                suffix += 1;
            }
            taken.insert(local.clone());
            let email = EmailAddress::parse(&format!("{local}@{EMAIL_DOMAIN}"))
                .map_err(|reason| anyhow::anyhow!("Demo address is invalid: {reason}"))?;
            people.push(NewEmployee {
                email,
                name: person.name,
                department_id,
                locale,
                external_id: Some(format!("E{next_id}")),
            });
            next_id += 1;
        }
    }
    Ok(people)
}
