//! Geometry of the inline SVG charts, computed here so templates only draw: a line chart with
//! gaps where a period's figure was withheld. Text alternatives are rendered from the same data.

use serde::Serialize;

/// Plot area, in SVG user units.
const WIDTH: f64 = 480.0;
const HEIGHT: f64 = 160.0;
const LEFT: f64 = 44.0;
const RIGHT: f64 = 24.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 34.0;

/// One point of a line chart.
#[derive(Clone, Debug, Serialize)]
pub struct ChartPoint {
    /// Horizontal position.
    pub x: f64,
    /// Vertical position (absent for a withheld value).
    pub y: Option<f64>,
    /// The value (absent when withheld).
    pub value: Option<f64>,
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

/// A chart of `values` (label, value or withheld) on a vertical scale from `min` to `max`,
/// with grid lines every `step`.
pub fn line_chart(
    values: &[(String, Option<f64>)],
    min: f64,
    max: f64,
    step: f64,
    digits: u32,
) -> LineChart {
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
        .map(|(index, (label, value))| ChartPoint {
            x: round(if values.len() > 1 {
                LEFT + gap * index as f64
            } else {
                LEFT + plot_width / 2.0
            }),
            y: value.map(|v| round(y_of(v))),
            value: *value,
            label: label.clone(),
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

    #[test]
    fn a_withheld_value_breaks_the_line_into_two_segments() {
        let values = vec![
            ("a".to_owned(), Some(4.0)),
            ("b".to_owned(), Some(3.0)),
            ("c".to_owned(), None),
            ("d".to_owned(), Some(5.0)),
        ];
        let chart = line_chart(&values, 1.0, 5.0, 1.0, 1);
        assert_eq!(chart.segments.len(), 2);
        assert_eq!(chart.points[2].y, None);
        assert_eq!(chart.grid.len(), 5);
        // 5 is at the top of the plot area, 1 at the bottom.
        assert_eq!(chart.points[3].y, Some(TOP));
    }
}
