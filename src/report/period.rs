//! A final period ready for reading: its counts, its blocks (the gate's partition), its
//! participation and its questions — loaded once and kept in a small cache, since a final
//! period never changes.

use super::figures::{self, Figure, FigureState};
use super::gate::{Blocks, GroupKey, PeriodCounts};
use crate::store::results::{self, Comment, OpenWave, Participation, Period};
use crate::survey::model::Question;
use entity::question::{Dimension, QuestionKind};
use sea_orm::ConnectionTrait;
use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long the live participation of open waves is reused before it is counted again.
pub const LIVE_REFRESH: Duration = Duration::from_secs(15);

/// Everything the pages need to know about one final period.
#[derive(Debug)]
pub struct PeriodReport {
    /// The period.
    pub period: Period,
    /// Its counts.
    pub counts: PeriodCounts,
    /// The gate's partition of its groups.
    pub blocks: Blocks,
    /// Invited and answered per relationship.
    pub participation: BTreeMap<i32, Participation>,
    /// The numeric questions answered in it, in questionnaire order.
    pub questions: Vec<Question>,
    /// The numeric questions of its questionnaires, answered or not (a rotating question
    /// nobody was asked, an optional one nobody answered), in questionnaire order.
    pub asked: Vec<Question>,
    /// The organisation-wide reference figure of each of `questions` (see `reference`),
    /// worked out once: every dashboard of the period shows the same ones.
    references: HashMap<i32, Option<Figure>>,
}

impl PeriodReport {
    /// The threshold k.
    pub fn min_group_size(&self) -> u32 {
        self.blocks.min_group_size()
    }

    /// Whether `slice` may be shown at all.
    pub fn shows(&self, slice: &[GroupKey]) -> bool {
        self.blocks.shows(&self.counts, slice)
    }

    /// The figure of `question` in `slice`, when the gate lets it out.
    pub fn figure(&self, slice: &[GroupKey], question: &Question) -> Option<Figure> {
        self.blocks
            .shows_question(&self.counts, slice, question.id)
            .then(|| {
                figures::figure(
                    question.kind,
                    question.option_count,
                    &self.counts.histogram(slice, question.id),
                )
            })
    }

    /// Whether the figure of `question` in `slice` is shown, and if not, why: "not enough
    /// answers" when the question belongs to the period's questionnaire (too few answered it
    /// here — none counts as too few, so the wording tells nothing about a group below k),
    /// "no answers" when it was no part of the period.
    pub fn state(&self, slice: &[GroupKey], question: &Question) -> FigureState {
        if self.blocks.shows_question(&self.counts, slice, question.id) {
            FigureState::Shown
        } else if self.asked.iter().any(|q| q.id == question.id) {
            FigureState::NotEnoughAnswers
        } else {
            FigureState::NoAnswers
        }
    }

    /// A final period's report from its counts and every question of its questionnaires
    /// (`questionnaires`), with the reference figures of its questions worked out.
    pub fn new(
        period: Period,
        counts: PeriodCounts,
        blocks: Blocks,
        participation: BTreeMap<i32, Participation>,
        questionnaires: Vec<Question>,
    ) -> Self {
        let answered: std::collections::BTreeSet<i32> = counts
            .groups
            .values()
            .flat_map(|g| g.questions.keys().copied())
            .collect();
        let asked: Vec<Question> = questionnaires
            .into_iter()
            .filter(|q| !matches!(q.kind, QuestionKind::Text | QuestionKind::Thanks))
            .collect();
        let questions: Vec<Question> = asked
            .iter()
            .filter(|q| answered.contains(&q.id))
            .cloned()
            .collect();
        let references = questions
            .iter()
            .map(|question| (question.id, reference_figure(&counts, &blocks, question)))
            .collect();
        Self {
            period,
            counts,
            blocks,
            participation,
            questions,
            asked,
            references,
        }
    }

    /// The organisation-wide reference figure of `question`: every block with at least k
    /// answers to it, pooled.
    pub fn reference(&self, question: &Question) -> Option<Figure> {
        match self.references.get(&question.id) {
            Some(figure) => figure.clone(),
            None => reference_figure(&self.counts, &self.blocks, question),
        }
    }

    /// The headline question: the first rating question about the overall service (an
    /// answered one first; in a period whose answers all stayed sealed, the questionnaire's).
    pub fn headline_question(&self) -> Option<&Question> {
        let overall =
            |q: &&Question| q.kind == QuestionKind::Rating && q.dimension == Dimension::Overall;
        let rating = |q: &&Question| q.kind == QuestionKind::Rating;
        self.questions
            .iter()
            .find(overall)
            .or_else(|| self.questions.iter().find(rating))
            .or_else(|| self.asked.iter().find(overall))
            .or_else(|| self.asked.iter().find(rating))
    }

    /// The first recommend question (internal NPS): an answered one first, else the
    /// questionnaire's.
    pub fn recommend_question(&self) -> Option<&Question> {
        let recommend = |q: &&Question| q.kind == QuestionKind::Recommend;
        self.questions
            .iter()
            .find(recommend)
            .or_else(|| self.asked.iter().find(recommend))
    }

    /// The headline question's figure in `slice`, when shown.
    pub fn headline_figure(&self, slice: &[GroupKey]) -> Option<Figure> {
        self.headline_question().and_then(|q| self.figure(slice, q))
    }

    /// The recommend question's figure in `slice`, when shown.
    pub fn nps_figure(&self, slice: &[GroupKey]) -> Option<Figure> {
        self.recommend_question()
            .and_then(|q| self.figure(slice, q))
    }

    /// The headline mean of `slice`, when shown.
    pub fn headline(&self, slice: &[GroupKey]) -> Option<f64> {
        self.headline_figure(slice).and_then(|f| f.mean)
    }

    /// The internal NPS of `slice`, when shown.
    pub fn nps(&self, slice: &[GroupKey]) -> Option<i32> {
        self.nps_figure(slice)
            .and_then(|f| f.nps)
            .map(|nps| nps.score)
    }
}

/// The reference figure of `question` (see `PeriodReport::reference`).
fn reference_figure(counts: &PeriodCounts, blocks: &Blocks, question: &Question) -> Option<Figure> {
    let groups = blocks.reference_groups(counts, question.id);
    (!groups.is_empty()).then(|| {
        figures::figure(
            question.kind,
            question.option_count,
            &counts.histogram(&groups, question.id),
        )
    })
}

/// Final periods by id, and their comments by (period, relationship), loaded on first use: a
/// final period never changes. Bounded: when full, a map starts over. Also the live
/// participation of the open waves, counted at most every `LIVE_REFRESH` (counting it takes
/// a scan of the waves' invitations, and no dashboard needs it to the second).
#[derive(Debug)]
pub struct ReportCache {
    min_group_size: u32,
    entries: Mutex<HashMap<i32, Arc<PeriodReport>>>,
    comments: Mutex<HashMap<CommentsKey, Arc<Vec<Comment>>>>,
    live: Mutex<Option<(Instant, Arc<Vec<OpenWave>>)>>,
}

/// (period id, relationship id).
type CommentsKey = (i32, i32);

/// Periods kept in memory at most.
const CACHE_CAPACITY: usize = 512;

/// Periods loaded ahead by `ReportCache::warm`: the newest, which the dashboards show first.
const WARM_PERIODS: u64 = 64;

impl ReportCache {
    /// An empty cache for the threshold `min_group_size` (k).
    pub fn new(min_group_size: u32) -> Self {
        Self {
            min_group_size,
            entries: Mutex::new(HashMap::new()),
            comments: Mutex::new(HashMap::new()),
            live: Mutex::new(None),
        }
    }

    /// Loads the newest final periods ahead of the first page that needs them (at start and
    /// after a scheduler pass aggregated new ones), so nobody waits for them.
    pub async fn warm(&self, db: &impl ConnectionTrait) -> anyhow::Result<()> {
        let ids = results::recent_period_ids(db, WARM_PERIODS).await?;
        self.get_many(db, &ids).await?;
        Ok(())
    }

    /// The open waves with their live participation, at most `LIVE_REFRESH` old.
    pub async fn open_waves(
        &self,
        db: &impl ConnectionTrait,
    ) -> anyhow::Result<Arc<Vec<OpenWave>>> {
        let fresh = self.live.lock().ok().and_then(|live| {
            live.as_ref()
                .filter(|(counted, _)| counted.elapsed() < LIVE_REFRESH)
                .map(|(_, waves)| waves.clone())
        });
        if let Some(waves) = fresh {
            return Ok(waves);
        }
        let waves = Arc::new(results::open_waves(db).await?);
        if let Ok(mut live) = self.live.lock() {
            *live = Some((Instant::now(), waves.clone()));
        }
        Ok(waves)
    }

    fn cached(&self, id: i32) -> Option<Arc<PeriodReport>> {
        self.entries.lock().ok().and_then(|e| e.get(&id).cloned())
    }

    fn keep(&self, report: Arc<PeriodReport>) {
        if let Ok(mut entries) = self.entries.lock() {
            if entries.len() >= CACHE_CAPACITY {
                entries.clear();
            }
            entries.insert(report.period.id, report);
        }
    }

    /// The reports of the given periods, in the order of `ids` (unknown ids are skipped).
    pub async fn get_many(
        &self,
        db: &impl ConnectionTrait,
        ids: &[i32],
    ) -> anyhow::Result<Vec<Arc<PeriodReport>>> {
        let missing: Vec<i32> = ids
            .iter()
            .copied()
            .filter(|id| self.cached(*id).is_none())
            .collect();
        if !missing.is_empty() {
            for period in results::periods(db, &missing).await? {
                let (counts, participation) = results::period_counts(db, period.id).await?;
                let question_ids: Vec<i32> = counts
                    .groups
                    .values()
                    .flat_map(|g| g.questions.keys().copied())
                    .collect::<std::collections::BTreeSet<_>>()
                    .into_iter()
                    .collect();
                let questionnaires =
                    results::questionnaires_of(db, period.questionnaire_id, &question_ids).await?;
                let blocks = Blocks::plan(&counts, self.min_group_size);
                self.keep(Arc::new(PeriodReport::new(
                    period,
                    counts,
                    blocks,
                    participation,
                    questionnaires,
                )));
            }
        }
        Ok(ids.iter().filter_map(|id| self.cached(*id)).collect())
    }

    /// The comments and thanks about `relationship_id` in `period` (see `results::comments`).
    pub async fn comments(
        &self,
        db: &impl ConnectionTrait,
        period: &Period,
        relationship_id: i32,
    ) -> anyhow::Result<Arc<Vec<Comment>>> {
        let key = (period.id, relationship_id);
        if let Some(found) = self.comments.lock().ok().and_then(|c| c.get(&key).cloned()) {
            return Ok(found);
        }
        let loaded = Arc::new(results::comments(db, period, relationship_id).await?);
        if let Ok(mut comments) = self.comments.lock() {
            if comments.len() >= CACHE_CAPACITY {
                comments.clear();
            }
            comments.insert(key, loaded.clone());
        }
        Ok(loaded)
    }

    /// The report of one period.
    pub async fn get(
        &self,
        db: &impl ConnectionTrait,
        id: i32,
    ) -> anyhow::Result<Option<Arc<PeriodReport>>> {
        Ok(self.get_many(db, &[id]).await?.into_iter().next())
    }
}
