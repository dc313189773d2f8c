//! Which rotating questions a section asks. Each employee walks the rotating questions of a
//! service in a cyclic order of their own, one step per question asked, so the next wave asks
//! the question they were asked least recently and after as many questions as there are each
//! has been asked once. Where that order starts for an employee and a service comes from an
//! HMAC under a key derived from `security.rotation_key` (used for nothing else); the database
//! keeps only the counter (`section_history.rotating_asked`, `invitation_section.rotating_from`),
//! so a copy of it does not tell which question a person was asked — and therefore cannot tell
//! which released answers could be theirs. Employees new to a service start where their wave
//! asks a question least, so each rotating question is asked about equally often. Pure code.

use crate::config::SecuritySettings;
use hmac::{Hmac, Mac};
use rand::Rng;
use rand::seq::SliceRandom;
use secrecy::ExposeSecret;
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

/// Turns rotation counters into questions with the server's secret.
#[derive(Clone)]
pub struct RotationKey {
    key: Vec<u8>,
}

impl std::fmt::Debug for RotationKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RotationKey(..)")
    }
}

/// One employee asked about one service in a wave, as balancing sees them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Due {
    /// The employee.
    pub employee_id: i32,
    /// Their counter for the service; `None` when they were never asked a rotating question of it.
    pub counter: Option<i32>,
    /// How many rotating questions the section asks this wave.
    pub count: usize,
}

impl RotationKey {
    /// The rotation key, derived from `security.rotation_key`.
    pub fn new(security: &SecuritySettings) -> Self {
        Self {
            key: mac(
                security.rotation_key.expose_secret().as_bytes(),
                b"innerpulse question rotation",
            ),
        }
    }

    /// Where the employee's cyclic order of `len` rotating questions of the service starts.
    fn offset(&self, employee_id: i32, relationship_id: i32, len: usize) -> usize {
        let digest = mac(
            &self.key,
            format!("{employee_id}:{relationship_id}").as_bytes(),
        );
        let mut first = [0u8; 8];
        first.copy_from_slice(&digest[..8]);
        usize::try_from(u64::from_le_bytes(first) % len as u64).unwrap_or(0)
    }

    /// The rotating questions a section asks: steps `from .. from + count` of the employee's
    /// cyclic order of `rotating` (the service's rotating questions in questionnaire order),
    /// each at most once.
    pub fn pick<T: Copy>(
        &self,
        employee_id: i32,
        relationship_id: i32,
        rotating: &[T],
        from: i32,
        count: i32,
    ) -> Vec<T> {
        let len = rotating.len();
        if len == 0 {
            return Vec::new();
        }
        let start = self.offset(employee_id, relationship_id, len) + step(from, len);
        let count = usize::try_from(count).unwrap_or(0).min(len);
        (0..count).map(|j| rotating[(start + j) % len]).collect()
    }

    /// The counter at which each of `dues` (employees asked about one service whose `len`
    /// rotating questions are in play) starts this wave, in the same order. Employees with a
    /// counter go on from it; the others start, in random order, where the wave asks least.
    pub fn starts(
        &self,
        relationship_id: i32,
        len: usize,
        dues: &[Due],
        rng: &mut impl Rng,
    ) -> Vec<i32> {
        let mut starts: Vec<i32> = dues.iter().map(|due| due.counter.unwrap_or(0)).collect();
        if len == 0 {
            return starts;
        }
        let mut load = vec![0usize; len];
        let position = |due: &Due, counter: i32| {
            self.offset(due.employee_id, relationship_id, len) + step(counter, len)
        };
        for due in dues {
            if let Some(counter) = due.counter {
                let start = position(due, counter);
                for j in 0..due.count.min(len) {
                    load[(start + j) % len] += 1;
                }
            }
        }
        let mut fresh: Vec<usize> = (0..dues.len())
            .filter(|index| dues[*index].counter.is_none())
            .collect();
        fresh.shuffle(rng);
        for index in fresh {
            let due = &dues[index];
            let window = due.count.min(len);
            let mut candidates: Vec<usize> = (0..len).collect();
            candidates.shuffle(rng);
            let Some(best) = candidates
                .into_iter()
                .min_by_key(|first| (0..window).map(|j| load[(first + j) % len]).sum::<usize>())
            else {
                continue;
            };
            for j in 0..window {
                load[(best + j) % len] += 1;
            }
            let offset = self.offset(due.employee_id, relationship_id, len);
            starts[index] = i32::try_from((best + len - offset) % len).unwrap_or(0);
        }
        starts
    }
}

/// The counter after asking `count` questions from `from`, kept below `len` (so it never
/// overflows); `from` unchanged when nothing rotates.
pub fn advance(from: i32, count: usize, len: usize) -> i32 {
    if len == 0 {
        return from;
    }
    i32::try_from((step(from, len) + count) % len).unwrap_or(0)
}

/// `counter` as a step in a cycle of `len`.
fn step(counter: i32, len: usize) -> usize {
    let len = i64::try_from(len).unwrap_or(i64::MAX);
    usize::try_from(i64::from(counter).rem_euclid(len)).unwrap_or(0)
}

fn mac(key: &[u8], message: &[u8]) -> Vec<u8> {
    // HMAC accepts keys of any length, so this cannot fail.
    let mut mac = <HmacSha256 as Mac>::new_from_slice(key).unwrap_or_else(|_| unreachable!());
    mac.update(message);
    mac.finalize().into_bytes().to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;
    use secrecy::SecretString;
    use std::collections::{BTreeMap, BTreeSet};

    fn key(secret: &str) -> RotationKey {
        let mut security =
            crate::waves::token::tests::security("unused-survey-link-key-0123456789");
        security.rotation_key = SecretString::from(secret.to_owned());
        RotationKey::new(&security)
    }

    #[test]
    fn one_question_per_wave_asks_each_rotating_question_once_in_as_many_waves() {
        let key = key("rotation-key-for-the-unit-tests-0123456789");
        let rotating = [11, 12, 13, 14];
        for employee in 1..50 {
            let mut counter = 0;
            let mut asked = BTreeSet::new();
            for _ in 0..4 {
                asked.extend(key.pick(employee, 7, &rotating, counter, 1));
                counter = advance(counter, 1, rotating.len());
            }
            assert_eq!(asked.len(), 4, "employee {employee}");
        }
    }

    #[test]
    fn new_employees_are_spread_evenly_over_the_rotating_questions() {
        let key = key("rotation-key-for-the-unit-tests-0123456789");
        let rotating = [21, 22, 23, 24, 25, 26];
        let dues: Vec<Due> = (1..=60)
            .map(|employee_id| Due {
                employee_id,
                counter: None,
                count: 1,
            })
            .collect();

        let starts = key.starts(3, rotating.len(), &dues, &mut rand::rng());

        let mut asked: BTreeMap<i32, usize> = BTreeMap::new();
        for (due, from) in dues.iter().zip(&starts) {
            for question in key.pick(due.employee_id, 3, &rotating, *from, 1) {
                *asked.entry(question).or_default() += 1;
            }
        }
        assert_eq!(asked.values().copied().collect::<Vec<_>>(), [10; 6]);
    }

    #[test]
    fn without_the_key_the_counter_does_not_tell_the_question() {
        let rotating = [31, 32, 33, 34, 35];
        let first = key("rotation-key-for-the-unit-tests-0123456789");
        let second = key("another-rotation-key-for-the-tests-987654");

        let differ = (1..40)
            .filter(|employee| {
                first.pick(*employee, 1, &rotating, 0, 1)
                    != second.pick(*employee, 1, &rotating, 0, 1)
            })
            .count();

        assert!(differ > 20, "{differ} of 39 differ");
    }

    #[test]
    fn a_section_never_asks_a_question_twice_or_more_than_there_are() {
        let key = key("rotation-key-for-the-unit-tests-0123456789");
        let picked = key.pick(5, 9, &[1, 2, 3], 2, 7);
        assert_eq!(picked.iter().collect::<BTreeSet<_>>().len(), 3);
        assert!(key.pick(5, 9, &[] as &[i32], 0, 1).is_empty());
    }
}
