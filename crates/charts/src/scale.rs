//! Axes: round tick steps, a secondary axis whose ticks share the primary's
//! gridlines, and a month axis whose labels are thinned so they never overlap.

use itx_types::YearMonth;

use crate::doc::fmt_num;
use crate::text;

/// A value axis: tick values `lo, lo + step, …, hi` and their labels.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Axis {
    pub lo: f64,
    pub hi: f64,
    pub step: f64,
    pub ticks: Vec<f64>,
    pub labels: Vec<String>,
}

impl Axis {
    fn build(lo: f64, step: f64, intervals: usize) -> Axis {
        let dp = decimals(step);
        let ticks: Vec<f64> = (0..=intervals)
            .map(|k| clean(lo + k as f64 * step))
            .collect();
        let labels = ticks.iter().map(|t| fmt_num(*t, dp)).collect();
        Axis {
            lo: ticks[0],
            hi: ticks[intervals],
            step,
            ticks,
            labels,
        }
    }

    /// Number of intervals between ticks.
    pub(crate) fn intervals(&self) -> usize {
        self.ticks.len() - 1
    }
}

/// Rounds away floating-point dust (0.30000000000000004 → 0.3).
fn clean(v: f64) -> f64 {
    let r = (v * 1e9).round() / 1e9;
    if r == 0.0 { 0.0 } else { r }
}

/// The smallest "nice" number (1, 2, 2.5 or 5 times a power of ten) at least `raw`.
pub(crate) fn nice_step(raw: f64) -> f64 {
    let raw = if raw.is_finite() && raw > 0.0 {
        raw
    } else {
        1.0
    };
    let p = 10f64.powf(raw.log10().floor());
    for m in [1.0, 2.0, 2.5, 5.0, 10.0] {
        if m * p >= raw * (1.0 - 1e-9) {
            return m * p;
        }
    }
    10.0 * p
}

/// Decimals needed to print multiples of `step` exactly (0 for 100, 1 for 2.5).
fn decimals(step: f64) -> usize {
    (0..6)
        .find(|&dp| {
            let scaled = step * 10f64.powi(dp as i32);
            (scaled - scaled.round()).abs() < 1e-6
        })
        .unwrap_or(6)
}

/// Widens a zero-width range so that an axis can be drawn around it.
fn widen(min: f64, max: f64) -> (f64, f64) {
    if max - min > 1e-12 * max.abs().max(min.abs()).max(1.0) {
        (min, max)
    } else if max == 0.0 {
        (0.0, 1.0)
    } else {
        let pad = max.abs() * 0.1;
        (min - pad, max + pad)
    }
}

/// An axis covering `[min, max]` with about `target` intervals of a nice step.
pub(crate) fn nice_axis(min: f64, max: f64, target: usize) -> Axis {
    let (min, max) = widen(min, max);
    let step = nice_step((max - min) / target.max(1) as f64);
    let lo = (min / step + 1e-9).floor();
    let hi = (max / step - 1e-9).ceil();
    let intervals = ((hi - lo).round() as usize).max(1);
    Axis::build(lo * step, step, intervals)
}

/// A log-scale axis covering the positive values `[min, max]`: its ticks are
/// log10 of the 1–2–5 values from one at or below `min` to one at or above
/// `max` (only powers of ten when that would be more than eight ticks), and its
/// labels are the values themselves ("500", "1,000", "50,000"). Values drawn on
/// it must be passed through `log10` too.
pub(crate) fn log_axis(min: f64, max: f64) -> Axis {
    let (min, max) = (
        min.max(f64::MIN_POSITIVE),
        max.max(min.max(f64::MIN_POSITIVE)),
    );
    let candidates = |mantissas: &[f64]| -> Vec<f64> {
        let (k0, k1) = (min.log10().floor() as i32, max.log10().ceil() as i32);
        let mut all: Vec<f64> = (k0..=k1)
            .flat_map(|k| mantissas.iter().map(move |m| m * 10f64.powi(k)))
            .collect();
        all.sort_by(f64::total_cmp);
        let lo = all
            .iter()
            .rev()
            .find(|v| **v <= min * (1.0 + 1e-9))
            .copied();
        let hi = all.iter().find(|v| **v >= max * (1.0 - 1e-9)).copied();
        let (lo, hi) = (
            lo.unwrap_or(all[0]),
            hi.unwrap_or(*all.last().unwrap_or(&max)),
        );
        all.into_iter().filter(|v| *v >= lo && *v <= hi).collect()
    };
    let mut values = candidates(&[1.0, 2.0, 5.0]);
    if values.len() > 8 {
        values = candidates(&[1.0]);
    }
    if values.len() < 2 {
        values = vec![min, max.max(min * 10.0)];
    }
    let ticks: Vec<f64> = values.iter().map(|v| v.log10()).collect();
    let labels = values
        .iter()
        .map(|v| fmt_num(*v, usize::from(*v < 1.0) * 2))
        .collect();
    Axis {
        lo: ticks[0],
        hi: *ticks.last().expect("two ticks"),
        step: 0.0,
        ticks,
        labels,
    }
}

/// An axis covering `[min, max]` with exactly `intervals` intervals, so that its ticks
/// fall on the gridlines of a primary axis with that many intervals: the right-hand
/// YoY axis of the monthly chart. The step is the smallest nice number that fits.
pub(crate) fn aligned_axis(min: f64, max: f64, intervals: usize) -> Axis {
    let (min, max) = widen(min, max);
    let intervals = intervals.max(1);
    let mut step = nice_step((max - min) / intervals as f64);
    for _ in 0..64 {
        let c = (min / step + 1e-9).floor();
        if (c + intervals as f64) * step >= max - 1e-9 * step {
            return Axis::build(c * step, step, intervals);
        }
        step = nice_step(step * 1.001);
    }
    // Unreachable for finite input (the step grows tenfold every four rounds); fall
    // back to an unaligned axis rather than panic.
    nice_axis(min, max, intervals)
}

/// Maps values onto pixels: `lo` to `bottom`, `hi` to `top`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Linear {
    lo: f64,
    hi: f64,
    bottom: f64,
    top: f64,
}

impl Linear {
    pub(crate) fn new(axis: &Axis, bottom: f64, top: f64) -> Linear {
        Linear {
            lo: axis.lo,
            hi: axis.hi,
            bottom,
            top,
        }
    }
    pub(crate) fn y(&self, v: f64) -> f64 {
        self.bottom + (v - self.lo) / (self.hi - self.lo) * (self.top - self.bottom)
    }
}

/// Consecutive months laid out in equal slots across `[left, right]`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct MonthAxis {
    pub first: YearMonth,
    pub count: usize,
    pub left: f64,
    pub slot: f64,
}

/// Font size of month labels.
pub(crate) const MONTH_LABEL_SIZE: f64 = 12.0;

impl MonthAxis {
    pub(crate) fn new(first: YearMonth, last: YearMonth, left: f64, right: f64) -> MonthAxis {
        let count = (last.index() - first.index() + 1).max(1) as usize;
        MonthAxis {
            first,
            count,
            left,
            slot: (right - left) / count as f64,
        }
    }

    /// Slot number of `m` (0 for the first month).
    pub(crate) fn pos(&self, m: YearMonth) -> usize {
        (m.index() - self.first.index()).max(0) as usize
    }

    /// Centre of the slot of `m`.
    pub(crate) fn x(&self, m: YearMonth) -> f64 {
        self.left + (self.pos(m) as f64 + 0.5) * self.slot
    }

    /// The months to label: every `k`-th month for the smallest `k` in 1, 2, 3, 6, 12,
    /// 24, … at which labels such as "Jul-25" do not touch, counted from July so that
    /// the fiscal year's first month is always among them; plus the last month if it
    /// has room, since that is usually the one a story is about.
    pub(crate) fn labelled(&self) -> Vec<YearMonth> {
        let label_w = text::width("May-25", MONTH_LABEL_SIZE, false) + 6.0;
        let mut k = 1usize;
        for cand in [1usize, 2, 3, 6, 12, 24, 36, 60, 120] {
            k = cand;
            if cand as f64 * self.slot >= label_w {
                break;
            }
        }
        let months: Vec<YearMonth> = (0..self.count)
            .map(|i| self.first.add_months(i as i32))
            .collect();
        // Months since a July: every k in the list divides 12 or is a multiple of it,
        // so this picks July, then every k-th month around the calendar.
        let mut out: Vec<YearMonth> = months
            .iter()
            .copied()
            .filter(|m| (m.index() - 6).rem_euclid(k as i32) == 0)
            .collect();
        if let Some(&last) = months.last() {
            let fits = out.last().is_none_or(|&prev| {
                (self.pos(last) - self.pos(prev)) as f64 * self.slot >= label_w
            });
            if !out.contains(&last) && fits {
                out.push(last);
            }
        }
        if out.is_empty() {
            out.push(self.first);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ym(s: &str) -> YearMonth {
        s.parse().unwrap()
    }

    #[test]
    fn nice_steps() {
        assert_eq!(nice_step(78.0), 100.0);
        assert_eq!(nice_step(100.0), 100.0);
        assert_eq!(nice_step(0.3), 0.5);
        assert_eq!(nice_step(21.0), 25.0);
        assert_eq!(nice_step(1.7), 2.0);
    }

    #[test]
    fn axis_for_ict_monthly_values() {
        // Bars of $286m–$354m with headroom start at zero and step by 100.
        let a = nice_axis(0.0, 354.0 * 1.1, 5);
        assert_eq!(a.ticks, vec![0.0, 100.0, 200.0, 300.0, 400.0]);
        assert_eq!(a.labels, vec!["0", "100", "200", "300", "400"]);
        let a = nice_axis(0.0, 3810.0, 5);
        assert_eq!(a.labels.last().unwrap(), "4,000");
    }

    #[test]
    fn axis_handles_degenerate_and_fractional_ranges() {
        let a = nice_axis(0.0, 0.0, 5);
        assert_eq!((a.lo, a.hi), (0.0, 1.0));
        let a = nice_axis(0.1, 0.7, 5);
        assert_eq!(a.labels, vec!["0.0", "0.2", "0.4", "0.6", "0.8"]);
        let a = nice_axis(-30.0, 10.0, 5);
        assert_eq!(a.labels[0], "\u{2212}30");
    }

    #[test]
    fn secondary_axis_shares_gridlines() {
        // YoY of ICT exports Jul-24..Jul-25 ran from −0.9% to +41.7%; four intervals.
        let a = aligned_axis(-0.9, 41.7, 4);
        assert_eq!(a.intervals(), 4);
        assert!(a.lo <= -0.9 && a.hi >= 41.7, "{a:?}");
        assert!(a.ticks.contains(&0.0));
        let a = aligned_axis(5.0, 25.0, 4);
        assert_eq!(a.ticks, vec![5.0, 10.0, 15.0, 20.0, 25.0]);
    }

    #[test]
    fn month_labels_thin_out_from_july() {
        // 13 months over 700 px: every month fits.
        let ax = MonthAxis::new(ym("2024-07"), ym("2025-07"), 50.0, 750.0);
        assert_eq!(ax.labelled().len(), 13);
        assert!((ax.x(ym("2024-07")) - (50.0 + ax.slot / 2.0)).abs() < 1e-9);
        // 48 months over 700 px: quarterly or sparser, always including July.
        let ax = MonthAxis::new(ym("2021-07"), ym("2025-06"), 50.0, 750.0);
        let l = ax.labelled();
        assert!(l.len() <= 16, "{l:?}");
        assert!(l.contains(&ym("2024-07")));
        assert!(l.iter().all(|m| m.month() == 7
            || m.month() == 1
            || m.month() == 10
            || m.month() == 4
            || *m == ym("2025-06")));
        // Labels never collide.
        let w = text::width("May-25", MONTH_LABEL_SIZE, false);
        for pair in l.windows(2) {
            assert!(ax.x(pair[1]) - ax.x(pair[0]) >= w, "{pair:?}");
        }
        // 20 years: labelled every few Julys only.
        let ax = MonthAxis::new(ym("2005-07"), ym("2025-06"), 50.0, 750.0);
        let l = ax.labelled();
        assert!(
            l.len() <= 14 && l.iter().filter(|m| m.month() == 7).count() >= 5,
            "{l:?}"
        );
    }

    #[test]
    fn log_axis_ticks_are_one_two_five() {
        let a = log_axis(700.0, 48_000.0);
        assert_eq!(
            a.labels,
            [
                "500", "1,000", "2,000", "5,000", "10,000", "20,000", "50,000"
            ]
        );
        assert!((a.lo - 500f64.log10()).abs() < 1e-12);
        assert!((a.hi - 50_000f64.log10()).abs() < 1e-12);
        // Over many decades only the powers of ten are kept.
        let wide = log_axis(1.0, 1e9);
        assert_eq!(wide.labels.len(), 10);
    }
}
