//! Unit tests of the import planner.

use super::*;
use crate::import::csv;

fn employee(id: i32, email: &str, external_id: Option<&str>, active: bool) -> ExistingEmployee {
    ExistingEmployee {
        id,
        email: email.to_owned(),
        name: format!("Person {id}"),
        department_id: 1,
        locale: "en".to_owned(),
        active,
        external_id: external_id.map(str::to_owned),
    }
}

fn snapshot(employees: Vec<ExistingEmployee>) -> Snapshot {
    Snapshot {
        employees,
        departments: vec![(1, "IT".to_owned()), (2, "Sales".to_owned())],
    }
}

fn options() -> Options {
    Options {
        create_departments: false,
        confirm_deactivation: false,
        default_locale: Locale::EN,
    }
}

fn decide(text: &str, snapshot: &Snapshot, options: Options) -> Decision {
    let file = csv::parse(text.as_bytes()).unwrap();
    plan(&file.records, file.problems, snapshot, options)
}

fn problems(decision: Decision) -> Vec<(usize, &'static str)> {
    match decision {
        Decision::Rejected(problems) => problems.iter().map(|p| (p.line, p.message.key)).collect(),
        other => panic!("expected a rejection, got {other:?}"),
    }
}

fn ready(decision: Decision) -> Plan {
    match decision {
        Decision::Ready(plan) => plan,
        other => panic!("expected a plan, got {other:?}"),
    }
}

#[test]
fn every_bad_row_is_reported_with_its_line() {
    let text = "email,name,department,locale,external_id\n\
        not-an-email,A,IT,en,\n\
        b@x.org,,IT,en,\n\
        c@x.org,C,Nowhere,en,\n\
        d@x.org,D,IT,de,\n\
        b@x.org,B2,IT,en,\n\
        f@x.org,F,IT,en,E1\n\
        g@x.org,G,IT,en,E1\n";

    let found = problems(decide(text, &snapshot(vec![]), options()));

    assert_eq!(
        found,
        [
            (2, "import-bad-email"),
            (3, "import-empty-name"),
            (4, "import-unknown-department"),
            (5, "import-bad-locale"),
            (6, "import-duplicate-email"),
            (8, "import-duplicate-external-id"),
        ]
    );
}

#[test]
fn missing_departments_are_created_once_when_asked() {
    let text = "email,name,department\na@x.org,A,Kitchen\nb@x.org,B,kitchen \n";
    let options = Options {
        create_departments: true,
        ..options()
    };

    let plan = ready(decide(text, &snapshot(vec![]), options));

    assert_eq!(plan.new_departments.len(), 1);
    assert_eq!(plan.creates[1].department, DepartmentRef::New(0));
    assert_eq!(plan.summary.created, 2);
}

#[test]
fn rows_match_by_external_id_first_then_by_email() {
    let existing = snapshot(vec![
        employee(10, "old@x.org", Some("E10"), true),
        employee(11, "same@x.org", None, true),
        employee(12, "gone@x.org", None, false),
    ]);
    let text = "email,name,department,external_id\n\
        new@x.org,Person 10,IT,E10\n\
        same@x.org,Person 11,Sales,E11\n\
        gone@x.org,Person 12,IT,\n";

    let plan = ready(decide(text, &existing, options()));

    assert_eq!(plan.updates.len(), 3);
    assert_eq!(plan.updates[0].id, 10);
    assert_eq!(plan.updates[0].data.email.as_str(), "new@x.org");
    assert_eq!(plan.updates[1].id, 11);
    assert_eq!(plan.updates[1].data.department, DepartmentRef::Existing(2));
    assert_eq!(
        plan.updates[1].data.external_id.as_ref().unwrap().as_str(),
        "E11"
    );
    assert!(plan.updates[2].reactivate);
    assert_eq!(
        plan.summary,
        Summary {
            updated: 2,
            reactivated: 1,
            ..Summary::default()
        }
    );
}

#[test]
fn two_rows_for_one_employee_or_a_taken_email_are_rejected() {
    let existing = snapshot(vec![
        employee(10, "a@x.org", Some("E10"), true),
        employee(11, "b@x.org", None, true),
    ]);
    let text = "email,name,department,external_id\nb@x.org,X,IT,E10\na@x.org,Y,IT,\n";

    let found = problems(decide(text, &existing, options()));

    assert_eq!(
        found,
        [(2, "import-email-taken"), (3, "import-same-employee")]
    );
}

#[test]
fn deactivating_more_than_a_fifth_needs_confirmation() {
    let existing = snapshot(
        (1..=10)
            .map(|i| employee(i, &format!("p{i}@x.org"), None, true))
            .collect(),
    );
    let keep_eight: String = (1..=8)
        .map(|i| format!("p{i}@x.org,Person {i},IT\n"))
        .collect::<Vec<_>>()
        .concat();
    let keep_seven: String = (1..=7)
        .map(|i| format!("p{i}@x.org,Person {i},IT\n"))
        .collect::<Vec<_>>()
        .concat();
    let header = "email,name,department\n";

    let two = ready(decide(
        &format!("{header}{keep_eight}"),
        &existing,
        options(),
    ));
    let three = decide(&format!("{header}{keep_seven}"), &existing, options());
    let confirmed = decide(
        &format!("{header}{keep_seven}"),
        &existing,
        Options {
            confirm_deactivation: true,
            ..options()
        },
    );

    assert_eq!(two.summary.deactivated, 2);
    assert_eq!(two.summary.unchanged, 8);
    match three {
        Decision::NeedsConfirmation { deactivate, active } => {
            assert_eq!(active, 10);
            assert_eq!(deactivate.len(), 3);
        }
        other => panic!("expected a confirmation request, got {other:?}"),
    }
    assert_eq!(ready(confirmed).deactivate.len(), 3);
}
