//! Property and behaviour tests: whatever the input, forecasts are finite, intervals
//! are ordered and widen, and bad input (empty, NaN, constant, too short) is an error
//! with a message, never a panic.

use itx_forecast::{Error, ModelKind, fy_outlook, sample_paths};
use proptest::prelude::*;

/// The M3 data, from the repository (the library embeds it only with feature `m3`).
const M3_MONTHLY_GZ: &[u8] = include_bytes!("../../../data/forecasting/m3_monthly.csv.gz");
#[allow(dead_code)]
const M3_QUARTERLY_GZ: &[u8] = include_bytes!("../../../data/forecasting/m3_quarterly.csv.gz");

/// Models cheap enough to run many times in a debug build.
const FAST: [ModelKind; 5] = [
    ModelKind::Naive,
    ModelKind::SeasonalNaive,
    ModelKind::Theta,
    ModelKind::Otm,
    ModelKind::Dotm,
];

/// A positive series: level, trend, season and noise from the strategy's draws.
fn series(level: f64, trend: f64, amp: f64, noise: &[f64]) -> Vec<f64> {
    noise
        .iter()
        .enumerate()
        .map(|(t, e)| {
            let s = amp * (t as f64 * std::f64::consts::PI / 6.0).sin();
            (level + trend * t as f64 + s + e).max(1.0)
        })
        .collect()
}

fn check_forecast(
    y: &[f64],
    season: usize,
    kind: ModelKind,
    h: usize,
) -> Result<(), TestCaseError> {
    let fc = match itx_forecast::forecast(y, season, h, kind, &[80, 95]) {
        Ok(fc) => fc,
        // Short series may be too short for a model: that must be an error, not a panic.
        Err(Error::TooShort { .. } | Error::FitFailed(_) | Error::Constant { .. }) => return Ok(()),
        Err(e) => return Err(TestCaseError::fail(format!("{kind}: unexpected error {e}"))),
    };
    prop_assert_eq!(fc.mean.len(), h);
    let (l80, u80, l95, u95) = (
        &fc.lower[&80],
        &fc.upper[&80],
        &fc.lower[&95],
        &fc.upper[&95],
    );
    for k in 0..h {
        prop_assert!(
            fc.mean[k].is_finite() && l95[k].is_finite() && u95[k].is_finite(),
            "{kind}: not finite at {k}"
        );
        let tol = 1e-9 * fc.mean[k].abs().max(1.0);
        prop_assert!(
            l95[k] <= l80[k] + tol && l80[k] <= fc.mean[k] + tol,
            "{kind}: lower bounds out of order at {k}"
        );
        prop_assert!(
            fc.mean[k] <= u80[k] + tol && u80[k] <= u95[k] + tol,
            "{kind}: upper bounds out of order at {k}"
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn forecasts_are_finite_and_ordered(
        level in 10.0f64..1e4,
        trend in -2.0f64..5.0,
        amp in 0.0f64..50.0,
        noise in prop::collection::vec(-20.0f64..20.0, 3..60),
        h in 1usize..20,
    ) {
        let y = series(level, trend, amp, &noise);
        for kind in FAST {
            check_forecast(&y, 12, kind, h)?;
        }
    }

    /// Non-seasonal data: every interval is at least as wide one step further out, in
    /// absolute terms or (for multiplicative errors, whose spread follows the level, as
    /// when a damped trend falls) relative to the point forecast.
    #[test]
    fn intervals_widen(
        level in 50.0f64..500.0,
        steps in prop::collection::vec(-5.0f64..5.0, 24..60),
    ) {
        let mut y = Vec::with_capacity(steps.len());
        let mut v = level;
        for s in &steps {
            v = (v + s).max(1.0);
            y.push(v);
        }
        for kind in [ModelKind::Naive, ModelKind::Theta, ModelKind::Dotm, ModelKind::Ets] {
            let Ok(fc) = itx_forecast::forecast(&y, 1, 12, kind, &[95]) else { continue };
            let width: Vec<f64> = fc.lower[&95].iter().zip(&fc.upper[&95]).map(|(l, u)| u - l).collect();
            for k in 1..width.len() {
                let absolute = width[k] >= width[k - 1] * (1.0 - 1e-6);
                let relative = width[k] / fc.mean[k].abs() >= width[k - 1] / fc.mean[k - 1].abs() * (1.0 - 1e-6);
                prop_assert!(
                    absolute || relative,
                    "{kind} ({}): width {} at step {} after {}", fc.model, width[k], k + 1, width[k - 1]
                );
            }
        }
    }

    /// Arbitrary values, including NaN and infinities, and any length: a result or an
    /// error, never a panic.
    #[test]
    fn arbitrary_input_never_panics(
        y in prop::collection::vec(prop_oneof![Just(f64::NAN), Just(f64::INFINITY), -1e6f64..1e6], 0..40),
        season in 0usize..14,
        h in 0usize..30,
    ) {
        for kind in FAST {
            let _ = itx_forecast::forecast(&y, season, h, kind, &[80, 95]);
        }
    }
}

#[test]
fn every_model_handles_a_real_m3_series() {
    let all =
        itx_forecast::bench::load_gz(M3_QUARTERLY_GZ, "m3_quarterly.csv.gz").expect("embedded");
    let y = &all[0].train;
    for kind in ModelKind::ALL {
        let fc = itx_forecast::forecast(y, 4, 8, kind, &[80, 95]).expect("fits");
        assert!(fc.mean.iter().all(|v| v.is_finite()), "{kind}");
        assert!(
            fc.lower[&95].iter().zip(&fc.upper[&95]).all(|(l, u)| l < u),
            "{kind}"
        );
    }
}

#[test]
fn constant_series_is_an_error_with_a_message() {
    let y = vec![5.0; 30];
    for kind in ModelKind::ALL {
        let err = itx_forecast::forecast(&y, 12, 6, kind, &[80]).expect_err("constant");
        assert!(
            matches!(err, Error::Constant { n: 30, .. }),
            "{kind}: {err}"
        );
        assert!(
            err.to_string().contains("all 30 observations equal 5"),
            "{err}"
        );
    }
}

#[test]
fn short_series_are_errors_naming_the_minimum() {
    for kind in ModelKind::ALL {
        for n in 0..3 {
            let y: Vec<f64> = (0..n).map(|t| 10.0 + t as f64).collect();
            let err = itx_forecast::forecast(&y, 12, 3, kind, &[80]).expect_err("too short");
            let msg = err.to_string();
            assert!(
                matches!(err, Error::Empty | Error::TooShort { .. }),
                "{kind} with {n} observations: {msg}"
            );
            if n > 0 {
                assert!(
                    msg.contains("needs at least") && msg.contains(&format!("got {n}")),
                    "{msg}"
                );
            }
        }
    }
    let err = itx_forecast::forecast(
        &[1.0, 2.0, 3.0, 4.0, 5.0],
        12,
        3,
        ModelKind::SeasonalNaive,
        &[80],
    )
    .expect_err("short");
    assert_eq!(
        err.to_string(),
        "the seasonal naive method with season 12 needs at least 14 observations, got 5"
    );
}

#[test]
fn bad_arguments_are_errors() {
    let y: Vec<f64> = (0..30).map(|t| 100.0 + (t % 7) as f64).collect();
    let nan = [1.0, 2.0, f64::NAN, 4.0, 5.0, 6.0, 7.0];
    assert!(matches!(
        itx_forecast::forecast(&nan, 1, 3, ModelKind::Theta, &[80]),
        Err(Error::NonFinite { index: 2, .. })
    ));
    assert!(matches!(
        itx_forecast::forecast(&y, 1, 0, ModelKind::Theta, &[80]),
        Err(Error::InvalidArgument(_))
    ));
    assert!(matches!(
        itx_forecast::forecast(&y, 1, 3, ModelKind::Theta, &[100]),
        Err(Error::InvalidArgument(_))
    ));
    assert!(matches!(
        sample_paths(&y, 1, 3, ModelKind::Theta, 0, 1),
        Err(Error::InvalidArgument(_))
    ));
    assert!(matches!(
        "holt".parse::<ModelKind>(),
        Err(Error::UnknownModel(_))
    ));
}

#[test]
fn model_names_round_trip() {
    for kind in ModelKind::ALL {
        assert_eq!(kind.to_string().parse::<ModelKind>().expect("parses"), kind);
    }
    assert_eq!(
        "auto".parse::<ModelKind>().expect("parses"),
        ModelKind::Combo
    );
    assert_eq!(
        " DOTM ".parse::<ModelKind>().expect("parses"),
        ModelKind::Dotm
    );
}

/// A seasonal series with a trend, long enough for every model.
fn monthly() -> Vec<f64> {
    (0..72)
        .map(|t| {
            200.0
                + 1.5 * t as f64
                + 20.0 * (t as f64 * std::f64::consts::PI / 6.0).sin()
                + ((t * 37 % 11) as f64 - 5.0) * 2.0
        })
        .collect()
}

#[test]
fn sample_paths_are_reproducible_and_match_the_intervals() {
    let y = monthly();
    let a = sample_paths(&y, 12, 6, ModelKind::Dotm, 4000, 42).expect("paths");
    let b = sample_paths(&y, 12, 6, ModelKind::Dotm, 4000, 42).expect("paths");
    assert_eq!(a, b);
    assert_eq!((a.len(), a[0].len()), (4000, 6));
    let fc = itx_forecast::forecast(&y, 12, 6, ModelKind::Dotm, &[80, 95]).expect("forecast");
    for k in 0..6 {
        let inside80 = a
            .iter()
            .filter(|p| fc.lower[&80][k] <= p[k] && p[k] <= fc.upper[&80][k])
            .count() as f64
            / 4000.0;
        let inside95 = a
            .iter()
            .filter(|p| fc.lower[&95][k] <= p[k] && p[k] <= fc.upper[&95][k])
            .count() as f64
            / 4000.0;
        assert!(
            (inside80 - 0.80).abs() < 0.025,
            "step {}: {inside80}",
            k + 1
        );
        assert!(
            (inside95 - 0.95).abs() < 0.015,
            "step {}: {inside95}",
            k + 1
        );
    }
}

#[test]
fn fiscal_year_outlook() {
    let y = monthly();
    let published = &y[y.len() - 5..];
    let fixed: f64 = published.iter().sum();
    let o = fy_outlook(
        &y,
        12,
        published,
        7,
        Some(fixed + 7.0 * 320.0),
        ModelKind::Dotm,
        4000,
        1,
    )
    .expect("outlook");
    assert_eq!((o.months_fixed, o.months_left, o.paths), (5, 7, 4000));
    assert!((o.fixed_sum - fixed).abs() < 1e-9);
    assert!(
        o.lower95 < o.lower80
            && o.lower80 < o.median
            && o.median < o.upper80
            && o.upper80 < o.upper95
    );
    assert!((o.needed_monthly_avg.expect("target") - 320.0).abs() < 1e-9);
    let p = o.p_target.expect("target");
    assert!((0.0..=1.0).contains(&p));
    // A higher target is no more likely to be met.
    let harder = fy_outlook(
        &y,
        12,
        published,
        7,
        Some(fixed + 7.0 * 400.0),
        ModelKind::Dotm,
        4000,
        1,
    )
    .expect("outlook");
    assert!(harder.p_target.expect("target") <= p);
    // Nothing left: the total is known.
    let done = fy_outlook(
        &y,
        12,
        &y[y.len() - 12..],
        0,
        Some(1.0),
        ModelKind::Dotm,
        100,
        1,
    )
    .expect("outlook");
    assert_eq!(
        (done.median, done.p_target, done.needed_monthly_avg),
        (y[y.len() - 12..].iter().sum(), Some(1.0), None)
    );
    // Published months must be the end of the history.
    assert!(matches!(
        fy_outlook(&y, 12, &[1.0, 2.0], 10, None, ModelKind::Dotm, 100, 1),
        Err(Error::InvalidArgument(_))
    ));
}

/// The outlook's total comes from joint paths: its spread lies between that of
/// independent months and that of perfectly correlated ones.
#[test]
fn fiscal_year_total_uses_joint_paths() {
    let y = monthly();
    let o = fy_outlook(&y, 12, &[], 12, None, ModelKind::Theta, 4000, 3).expect("outlook");
    let fc = itx_forecast::forecast(&y, 12, 12, ModelKind::Theta, &[80]).expect("forecast");
    let half: Vec<f64> = fc.lower[&80]
        .iter()
        .zip(&fc.upper[&80])
        .map(|(l, u)| (u - l) / 2.0)
        .collect();
    let comonotone: f64 = half.iter().sum();
    let independent: f64 = half.iter().map(|v| v * v).sum::<f64>().sqrt();
    let spread = (o.upper80 - o.lower80) / 2.0;
    assert!(
        spread > independent * 0.9 && spread < comonotone * 1.05,
        "{independent} < {spread} < {comonotone}"
    );
}

#[test]
fn long_csv_loads_and_reports_bad_lines() {
    let csv = "series_id,category,horizon,part,t,value\nA,MICRO,2,train,2,11\nA,MICRO,2,train,1,10\nA,MICRO,2,test,1,12\nA,MICRO,2,test,2,13\n";
    let s = itx_forecast::bench::load_long_csv(csv.as_bytes()).expect("loads");
    assert_eq!(s.len(), 1);
    assert_eq!(
        (s[0].train.clone(), s[0].test.clone(), s[0].horizon),
        (vec![10.0, 11.0], vec![12.0, 13.0], 2)
    );
    let bad = "series_id,category,horizon,part,t,value\nA,MICRO,2,train,1,ten\n";
    let err = itx_forecast::bench::load_long_csv(bad.as_bytes()).expect_err("bad value");
    assert_eq!(err.to_string(), "CSV line 2: value \"ten\" is not a number");
    let missing = "series_id,horizon,part,t,value\n";
    assert!(
        itx_forecast::bench::load_long_csv(missing.as_bytes())
            .expect_err("no column")
            .to_string()
            .contains("category")
    );
}

/// The season comes from the file: its `frequency` column, else the horizon
/// the M-competitions use for each frequency; neither, and it is not guessed.
#[test]
fn the_season_is_read_from_the_file() {
    use itx_forecast::bench::{inferred_season, load_long_csv};
    let head = "series_id,category,horizon,part,t,value";
    let with = format!(
        "{head},frequency\nA,X,2,train,1,10,quarterly\nA,X,2,test,1,11,quarterly\nB,X,2,train,1,5,4\nB,X,2,test,1,6,4\n"
    );
    let s = load_long_csv(with.as_bytes()).unwrap();
    assert_eq!(inferred_season(&s), Some(4));
    let mixed = format!("{head},frequency\nA,X,2,train,1,10,12\nB,X,2,train,1,5,4\n");
    assert_eq!(
        inferred_season(&load_long_csv(mixed.as_bytes()).unwrap()),
        None
    );
    let m3_like = format!("{head}\nA,X,8,train,1,10\nA,X,8,test,1,11\n");
    assert_eq!(
        inferred_season(&load_long_csv(m3_like.as_bytes()).unwrap()),
        Some(4)
    );
    let unknown = format!("{head}\nA,X,3,train,1,10\n");
    assert_eq!(
        inferred_season(&load_long_csv(unknown.as_bytes()).unwrap()),
        None
    );
    let bad = format!("{head},frequency\nA,X,2,train,1,10,fortnightly\n");
    let e = load_long_csv(bad.as_bytes()).unwrap_err().to_string();
    assert!(e.contains("line 2") && e.contains("fortnightly"), "{e}");
}

#[test]
fn bench_and_backtest_report_every_model() {
    let all = itx_forecast::bench::load_gz(M3_MONTHLY_GZ, "m3_monthly.csv.gz").expect("embedded");
    assert_eq!(all.len(), 1428);
    let kinds = [ModelKind::SeasonalNaive, ModelKind::Theta];
    let r = itx_forecast::bench::run(&all[..5], 12, &kinds);
    assert_eq!((r.series, r.horizon, r.models.len()), (5, 18, 2));
    for m in &r.models {
        assert!(
            m.smape.is_finite() && m.mase.is_finite() && (0.0..=100.0).contains(&m.coverage_80)
        );
    }
    let json = serde_json::to_value(&r).expect("serialises");
    for key in ["dataset", "series", "horizon", "models"] {
        assert!(json.get(key).is_some(), "{key}");
    }
    for key in [
        "name",
        "smape",
        "mase",
        "coverage_80",
        "coverage_95",
        "seconds",
    ] {
        assert!(json["models"][0].get(key).is_some(), "{key}");
    }
    let y = monthly();
    let b = itx_forecast::bench::backtest(&y, 12, 6, 10, &kinds);
    assert_eq!((b.series, b.horizon), (10, 6));
}

/// The acceptance run (release build; about 45 s): the default's sMAPE and
/// every family's against its mark (each reference plus 0.3: statsforecast 2.1.1's
/// AutoETS 14.16, DOTM 13.72, Theta 13.83; for ARIMA the M3 entry B-J automatic's
/// 14.80), and every family's interval coverage inside 77–83% / 92–97%:
/// `cargo test -p itx-forecast --release -- --ignored m3_monthly_targets`.
#[test]
#[ignore = "full M3 monthly run; use a release build"]
fn m3_monthly_targets() {
    let all = itx_forecast::bench::load_gz(M3_MONTHLY_GZ, "m3_monthly.csv.gz").expect("embedded");
    let marks = [
        (ModelKind::Combo, 13.5),
        (ModelKind::Ets, 14.46),
        (ModelKind::Dotm, 14.02),
        (ModelKind::Theta, 14.13),
        (ModelKind::Arima, 15.1),
    ];
    let kinds: Vec<ModelKind> = marks.iter().map(|m| m.0).collect();
    let r = itx_forecast::bench::run(&all, 12, &kinds);
    for (m, (kind, mark)) in r.models.iter().zip(marks) {
        assert!(m.smape <= mark, "{kind}: sMAPE {} > {mark}", m.smape);
        assert!(
            (77.0..=83.0).contains(&m.coverage_80),
            "{kind}: 80% coverage {}",
            m.coverage_80
        );
        assert!(
            (92.0..=97.0).contains(&m.coverage_95),
            "{kind}: 95% coverage {}",
            m.coverage_95
        );
    }
}
