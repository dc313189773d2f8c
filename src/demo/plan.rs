//! The demo organisation as data: which departments exist, how big they are and which
//! languages their people speak, and which department serves which, with the service
//! standard and the way the customers' answers develop over the weeks.

use super::answers::Profile;
use entity::question::Dimension::{Communication, Reliability, Responsiveness, Standard};

/// A department to create: name, parent, head count and the languages its people speak
/// (assigned in turn, so each listed language is used once the department is big enough).
pub struct DepartmentSpec {
    /// Unique department name.
    pub name: &'static str,
    /// Name of the parent department, listed earlier.
    pub parent: Option<&'static str>,
    /// Number of employees.
    pub size: usize,
    /// Language codes, separated by spaces, handed out in turn.
    pub locales: &'static str,
}

/// The departments, parents first (Restaurant only groups Kitchen and Service floor); 86
/// people, Production and Customer Support biggest.
pub const DEPARTMENTS: [DepartmentSpec; 11] = [
    dept("IT", None, 8, "en nl ru nl fr pl"),
    dept("HR", None, 4, "nl en nl fr"),
    dept("Marketing", None, 6, "en nl fr es"),
    dept("Sales", None, 13, "nl en nl fr es en"),
    dept("Finance & Accounting", None, 5, "nl en pl fr"),
    dept("Customer Support", None, 13, "fr es nl en ru es"),
    dept("Restaurant", None, 0, ""),
    dept("Kitchen", Some("Restaurant"), 7, "es pl nl es fr"),
    dept("Service floor", Some("Restaurant"), 12, "nl es fr nl en pl"),
    dept("Facility Management", None, 4, "nl pl ru"),
    dept("Production", None, 14, "pl ru nl pl en ru"),
];

const fn dept(
    name: &'static str,
    parent: Option<&'static str>,
    size: usize,
    locales: &'static str,
) -> DepartmentSpec {
    DepartmentSpec {
        name,
        parent,
        size,
        locales,
    }
}

/// A relationship to create, with the way its customers tend to answer.
pub struct RelationshipSpec {
    /// Name of the providing department.
    pub provider: &'static str,
    /// Name of the customer department; `None` for the whole organisation.
    pub customer: Option<&'static str>,
    /// Service name.
    pub service: &'static str,
    /// Service standard.
    pub standard: &'static str,
    /// How the customers' answers develop.
    pub profile: Profile,
}

const fn rel(
    provider: &'static str,
    customer: Option<&'static str>,
    service: &'static str,
    standard: &'static str,
    profile: Profile,
) -> RelationshipSpec {
    RelationshipSpec {
        provider,
        customer,
        service,
        standard,
        profile,
    }
}

/// The service relationships: three organisation-wide, two pairs serving each other
/// both ways (IT ↔ Production, Sales ↔ Customer Support).
pub const RELATIONSHIPS: [RelationshipSpec; 12] = [
    // Slow first replies until on-site second-level support starts (action, week 4).
    rel(
        "IT",
        None,
        "IT helpdesk",
        "Tickets answered within 4 working hours",
        Profile::changing(3.0, 4.1, 4, Responsiveness, 0.7),
    ),
    rel(
        "HR",
        None,
        "HR services",
        "Payroll questions answered within 2 working days",
        Profile::steady(3.8, Communication, 0.3),
    ),
    rel(
        "Facility Management",
        None,
        "Workplace and building services",
        "Reported faults fixed within 1 working day",
        Profile::steady(3.5, Reliability, 0.4),
    ),
    rel(
        "Marketing",
        Some("Sales"),
        "Sales collateral",
        "Requested materials delivered within 5 working days",
        Profile::changing(3.3, 3.7, 3, Standard, 0.4),
    ),
    // Slipping as the Friday peak outgrows the kitchen team.
    rel(
        "Kitchen",
        Some("Service floor"),
        "Meals for service",
        "Orders ready within 12 minutes at peak",
        Profile::changing(4.4, 2.9, 2, Standard, 0.5),
    ),
    rel(
        "Finance & Accounting",
        Some("Sales"),
        "Invoicing and credit checks",
        "Credit checks completed within 1 working day",
        Profile::steady(3.9, Communication, 0.2),
    ),
    rel(
        "IT",
        Some("Production"),
        "Production systems support",
        "Line-stopping incidents attended within 30 minutes",
        Profile::changing(3.4, 3.9, 4, Responsiveness, 0.4),
    ),
    rel(
        "Production",
        Some("IT"),
        "Test hardware and pilot runs",
        "Pilot runs scheduled within 2 weeks of a request",
        Profile::steady(3.6, Communication, 0.3),
    ),
    rel(
        "Customer Support",
        Some("Sales"),
        "Customer escalations",
        "Escalations handed over with the full case history on the same day",
        Profile::steady(4.0, Reliability, 0.1),
    ),
    rel(
        "Sales",
        Some("Customer Support"),
        "Customer account updates",
        "Contract changes shared with Support within 1 working day",
        Profile::changing(2.9, 3.4, 5, Communication, 0.6),
    ),
    rel(
        "HR",
        Some("Production"),
        "Shift rosters",
        "Rosters published 3 weeks ahead",
        Profile::steady(3.2, Standard, 0.4),
    ),
    rel(
        "Marketing",
        Some("Customer Support"),
        "Campaign briefings",
        "Support briefed 2 working days before every campaign launch",
        Profile::steady(3.4, Communication, 0.3),
    ),
];
