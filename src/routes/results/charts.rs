//! Geometry of the inline SVG charts, computed here so templates only draw: a line chart with
//! gaps where a period's figure was withheld. Text alternatives are rendered from the same data.

use crate::report::figures::FigureState;
use serde::Serialize;

/// Plot area, in SVG user units.
const WIDTH: f64 = 480.0;
const HEIGHT: f64 = 160.0;
const LEFT: f64 = 44.0;
const RIGHT: f64 = 24.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 34.0;

/// One period's value as a chart takes it.
#[derive(Clone, Debug)]
pub struct Sample {
    /// Axis label (a date).
    pub label: String,
    /// The value (absent when withheld or when there were no answers).
    pub value: Option<f64>,
    /// How many answered (when shown).
    pub answers: Option<u32>,
    /// Whether the value is shown, and if not, why.
    pub state: FigureState,
}

/// One point of a line chart.
#[derive(Clone, Debug, Serialize)]
pub struct ChartPoint {
    /// Horizontal position.
    pub x: f64,
    /// Vertical position (absent for a missing value: the line has a gap there).
    pub y: Option<f64>,
    /// The value (absent when withheld).
    pub value: Option<f64>,
    /// How many answered (when shown).
    pub answers: Option<u32>,
    /// True when the value was withheld because too few answered ("not enough answers this
    /// round"), false when shown or when there were no answers at all.
    pub withheld: bool,
    /// Axis label (a date).
    pub label: String,
}

/// A horizontal grid line with its value.
#[derive(Clone, Debug, Serialize)]
pub struct GridLine {
    /// Vertical position.
    pub y: f64,
    /// The value it marks.
    pub value: f64,
}

/// A line chart: polylines between consecutive shown points, a marker per point.
#[derive(Clone, Debug, Serialize)]
pub struct LineChart {
    /// Width of the view box.
    pub width: f64,
    /// Height of the view box.
    pub height: f64,
    /// Left edge of the plot area (where grid lines start).
    pub left: f64,
    /// Right edge of the plot area.
    pub right: f64,
    /// Baseline for axis labels.
    pub label_y: f64,
    /// `points` attributes of the polylines, one per run of shown values.
    pub segments: Vec<String>,
    /// Every point, shown or not.
    pub points: Vec<ChartPoint>,
    /// Grid lines.
    pub grid: Vec<GridLine>,
    /// True when at least one value is shown.
    pub any: bool,
    /// Decimals to print values with.
    pub digits: u32,
}

/// A chart of `values` on a vertical scale from `min` to `max`, with grid lines every `step`:
/// a missing value breaks the line (a gap, never a zero).
pub fn line_chart(values: &[Sample], min: f64, max: f64, step: f64, digits: u32) -> LineChart {
    let span = (max - min).max(f64::EPSILON);
    let plot_width = WIDTH - LEFT - RIGHT;
    let plot_height = HEIGHT - TOP - BOTTOM;
    let gap = if values.len() > 1 {
        plot_width / (values.len() - 1) as f64
    } else {
        0.0
    };
    let y_of = |value: f64| TOP + (max - value.clamp(min, max)) / span * plot_height;
    let points: Vec<ChartPoint> = values
        .iter()
        .enumerate()
        .map(|(index, sample)| ChartPoint {
            x: round(if values.len() > 1 {
                LEFT + gap * index as f64
            } else {
                LEFT + plot_width / 2.0
            }),
            y: sample.value.map(|v| round(y_of(v))),
            value: sample.value,
            answers: sample.value.and(sample.answers),
            withheld: sample.value.is_none() && sample.state == FigureState::NotEnoughAnswers,
            label: sample.label.clone(),
        })
        .collect();
    let mut segments = vec![];
    let mut current: Vec<String> = vec![];
    for point in &points {
        match point.y {
            Some(y) => current.push(format!("{},{}", point.x, y)),
            None if !current.is_empty() => segments.push(std::mem::take(&mut current).join(" ")),
            None => {}
        }
    }
    if !current.is_empty() {
        segments.push(current.join(" "));
    }
    let mut grid = vec![];
    let mut value = min;
    while value <= max + f64::EPSILON {
        grid.push(GridLine {
            y: round(y_of(value)),
            value,
        });
        value += step.max(f64::EPSILON);
    }
    LineChart {
        width: WIDTH,
        height: HEIGHT,
        left: LEFT,
        right: WIDTH - RIGHT,
        label_y: HEIGHT - 8.0,
        any: points.iter().any(|p| p.value.is_some()),
        digits,
        segments,
        points,
        grid,
    }
}

fn round(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(label: &str, value: Option<f64>, state: FigureState) -> Sample {
        Sample {
            label: label.to_owned(),
            value,
            answers: value.map(|_| 7),
            state,
        }
    }

    #[test]
    fn a_withheld_value_breaks_the_line_into_two_segments() {
        let values = vec![
            sample("a", Some(4.0), FigureState::Shown),
            sample("b", Some(3.0), FigureState::Shown),
            sample("c", None, FigureState::NotEnoughAnswers),
            sample("d", Some(5.0), FigureState::Shown),
        ];
        let chart = line_chart(&values, 1.0, 5.0, 1.0, 1);
        assert_eq!(chart.segments.len(), 2);
        assert_eq!(chart.points[2].y, None);
        assert!(chart.points[2].withheld);
        assert_eq!(chart.points[3].answers, Some(7));
        assert_eq!(chart.grid.len(), 5);
        // 5 is at the top of the plot area, 1 at the bottom.
        assert_eq!(chart.points[3].y, Some(TOP));
    }

    #[test]
    fn a_round_without_answers_is_a_gap_but_not_marked_withheld() {
        let values = vec![
            sample("a", Some(20.0), FigureState::Shown),
            sample("b", None, FigureState::NoAnswers),
        ];
        let chart = line_chart(&values, -100.0, 100.0, 50.0, 0);
        assert_eq!(chart.segments.len(), 1);
        assert!(!chart.points[1].withheld);
        assert_eq!(chart.points[1].y, None);
    }
}
