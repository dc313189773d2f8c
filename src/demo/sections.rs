//! Who is asked about what in each demo wave, the way the wave opener assigns sections: the
//! relationships serving the employee's department, an ancestor or the whole organisation,
//! at most the fatigue cap, least recently asked first. Also who answers, and when.

use super::history::{WEEKS, Wave};
use super::organisation::{Employee, Organisation};
use rand::Rng;
use std::collections::HashMap;

/// Maximum sections per employee per wave.
pub const FATIGUE_CAP: usize = 3;
/// Share of invited employees who answer, per wave (oldest first).
const ANSWER_RATES: [f64; WEEKS] = [0.76, 0.73, 0.70, 0.67, 0.72, 0.78, 0.74, 0.69];

/// One employee's invitation in one wave, before it is stored.
pub struct Invited {
    /// Index of the wave.
    pub week: usize,
    /// Index into `Organisation::employees`.
    pub employee: usize,
    /// Indexes into `Organisation::relationships`, in display order.
    pub sections: Vec<usize>,
    /// Whether the employee answered.
    pub answered: bool,
    /// Days after opening the invitation was answered (or would have been).
    pub day: u64,
    /// Per section (same order): what it asks, once `questions::plan` ran.
    pub asks: Vec<SectionAsks>,
}

/// What one section of a demo invitation asks.
#[derive(Clone, Debug, Default)]
pub struct SectionAsks {
    /// Where its rotating questions start (`invitation_section.rotating_from`).
    pub rotating_from: i32,
    /// How many rotating questions it asks.
    pub rotating_count: i32,
    /// The ids of the questions it asks.
    pub questions: std::collections::HashSet<i32>,
}

/// When an employee was last asked about a relationship (wave index) and how often.
pub struct Asked {
    /// Index of the last wave that asked.
    pub last_week: usize,
    /// How many waves asked.
    pub times: i32,
}

/// Rotation bookkeeping by (employee index, relationship index); becomes `section_history`.
pub type Rotation = HashMap<(usize, usize), Asked>;

/// Who is invited about what in every wave, who answers when, and the final rotation.
pub fn invite(
    rng: &mut impl Rng,
    organisation: &Organisation,
    waves: &[Wave],
) -> (Vec<Invited>, Rotation) {
    // Some people answer almost always, some rarely: a fixed willingness per person.
    let willingness: Vec<f64> = organisation
        .employees
        .iter()
        .map(|_| rng.random_range(0.5..1.5))
        .collect();
    let eligible: Vec<Vec<usize>> = organisation
        .employees
        .iter()
        .map(|employee| eligible(organisation, employee))
        .collect();
    let mut rotation = Rotation::new();
    let mut invited = Vec::new();
    for (week, rate) in ANSWER_RATES.iter().enumerate().take(waves.len()) {
        let first = invited.len();
        for (employee, choices) in eligible.iter().enumerate() {
            if choices.is_empty() {
                continue;
            }
            let sections = pick_sections(choices, employee, week, &mut rotation);
            let day = if rng.random_bool(0.7) {
                rng.random_range(0..2)
            } else {
                rng.random_range(2..5)
            };
            invited.push(Invited {
                week,
                employee,
                sections,
                answered: false,
                day,
                asks: Vec::new(),
            });
        }
        // Exactly the wave's rate answers, the more willing more likely.
        let this_wave = &mut invited[first..];
        let answering = (this_wave.len() as f64 * rate).round() as usize;
        let mut keys: Vec<(f64, usize)> = this_wave
            .iter()
            .enumerate()
            .map(|(index, one)| (rng.random::<f64>() * willingness[one.employee], index))
            .collect();
        keys.sort_unstable_by(|a, b| b.0.total_cmp(&a.0));
        for (_, index) in keys.into_iter().take(answering) {
            this_wave[index].answered = true;
        }
    }
    (invited, rotation)
}

/// The relationships an employee is a customer of: those serving their department or an
/// ancestor, and the organisation-wide ones of other departments (nobody rates their own).
fn eligible(organisation: &Organisation, employee: &Employee) -> Vec<usize> {
    let chain = organisation.with_ancestors(employee.department_id);
    organisation
        .relationships
        .iter()
        .enumerate()
        .filter(
            |(_, relationship)| match relationship.customer_department_id {
                Some(customer) => chain.contains(&customer),
                None => !chain.contains(&relationship.provider_department_id),
            },
        )
        .map(|(index, _)| index)
        .collect()
}

/// At most `FATIGUE_CAP` of `choices`, least recently asked first, then least often asked;
/// remaining ties are broken by an offset per employee so that a department's people spread
/// over the relationships. Records the pick in `rotation`.
fn pick_sections(
    choices: &[usize],
    employee: usize,
    week: usize,
    rotation: &mut Rotation,
) -> Vec<usize> {
    let count = choices.len();
    let mut ranked: Vec<(Option<usize>, i32, usize, usize)> = choices
        .iter()
        .enumerate()
        .map(|(position, relationship)| {
            let asked = rotation.get(&(employee, *relationship));
            (
                asked.map(|asked| asked.last_week),
                asked.map_or(0, |asked| asked.times),
                (position + employee) % count,
                *relationship,
            )
        })
        .collect();
    ranked.sort_unstable();
    let mut picked: Vec<usize> = ranked
        .into_iter()
        .take(FATIGUE_CAP)
        .map(|(_, _, _, relationship)| relationship)
        .collect();
    picked.sort_unstable();
    for relationship in &picked {
        let asked = rotation.entry((employee, *relationship)).or_insert(Asked {
            last_week: week,
            times: 0,
        });
        asked.last_week = week;
        asked.times += 1;
    }
    picked
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_rotate_so_that_the_least_recently_asked_comes_first() {
        let choices = [0, 1, 2, 3];
        let mut rotation = Rotation::new();

        let weeks: Vec<Vec<usize>> = (0..4)
            .map(|week| pick_sections(&choices, 0, week, &mut rotation))
            .collect();

        assert!(weeks.iter().all(|picked| picked.len() == FATIGUE_CAP));
        for relationship in choices {
            let asked = weeks
                .iter()
                .filter(|picked| picked.contains(&relationship))
                .count();
            assert_eq!(asked, 3, "relationship {relationship}");
        }
        let skipped_first = choices.iter().find(|r| !weeks[0].contains(r)).unwrap();
        assert!(weeks[1].contains(skipped_first));
    }

    #[test]
    fn colleagues_start_the_rotation_at_different_relationships() {
        let choices = [0, 1, 2, 3];
        let mut rotation = Rotation::new();

        let first = pick_sections(&choices, 0, 0, &mut rotation);
        let second = pick_sections(&choices, 1, 0, &mut rotation);

        assert_ne!(first, second);
    }
}
