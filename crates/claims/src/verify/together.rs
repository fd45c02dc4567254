//! Judgements read together: what one claim's verdict says about another's in
//! the same story (a record dated by its sentence's figure, a rate in doubt
//! beside a figure that fits another period or is off its series' scale, a
//! contradiction withheld for a borrowed period that another figure confirms).

use super::*;

/// A record whose period no sentence writes ("IT exports crossed $2 billion for
/// the first time", a week after the fiscal year closed) is about the period
/// its sentence's own figure was read over, when that figure's period was
/// guessed and fits: judged there (a contradiction only withheld, as for any
/// borrowed period), and kept unverifiable otherwise. So is a record whose
/// period was borrowed, or whose figure fits only over another period than
/// its sentence's ("The ICT export remittances … reached an all-time high of
/// $2.618 billion", PhoneWorld, 2023-03-21, after sentences on February 2023:
/// FY2021-22's).
///
/// # Errors
/// When the store cannot be read.
pub(crate) fn date_records(
    text: &str,
    drafts: &[(Draft, Cues)],
    verified: &mut [Verified],
    data: &mut Data<'_>,
) -> Result<(), Error> {
    for (i, (d, cues)) in drafts.iter().enumerate() {
        let (What::Record { .. }, Some(key)) = (&d.what, &d.series) else {
            continue;
        };
        let figure = drafts.iter().enumerate().find_map(|(j, (o, _))| {
            let What::Level {
                value,
                half,
                qual,
                guesses,
                ..
            } = &o.what
            else {
                return None;
            };
            let v = verified.get(j)?;
            // The figure's own period is a guess (none written, or borrowed),
            // or the figure fits only over another period than its sentence's.
            let elsewhere =
                v.claim.reason.starts_with("read as") || v.claim.reason.contains("— but read as");
            (j != i
                && o.sentence == d.sentence
                && o.series == d.series
                && matches!(v.claim.verdict, Verdict::Supported | Verdict::Outdated)
                && (d.span.is_none() || !d.written || elsewhere)
                && (o.span.is_none() || !o.written || elsewhere))
                .then_some((j, *value, *half, *qual, guesses))
        });
        let Some((j, value, half, qual, guesses)) = figure else {
            continue;
        };
        let sd = data.series(key)?;
        // A borrowed period's figure has no guesses of its own: the periods the
        // story names, other than the borrowed one, are its candidates.
        let named: Vec<Span> = d
            .story
            .named
            .iter()
            .copied()
            .filter(|s| Some(*s) != d.span)
            .collect();
        let guesses = if guesses.is_empty() { &named } else { guesses };
        let Some((span, _)) = level::guessed(&sd, value, half, qual, guesses) else {
            continue;
        };
        let mut dated = d.clone();
        dated.span = Some(span);
        dated.written = false;
        let mut v = verify(text, dated, *cues, data)?;
        if matches!(v.claim.verdict, Verdict::Supported | Verdict::Outdated) {
            v.claim.reason = format!(
                "the period is not written; read as {}, as the sentence's \"{}\" is: {}",
                span.label(),
                verified[j].claim.text,
                v.claim.reason
            );
            verified[i] = v;
        }
    }
    Ok(())
}

/// A rate contradicted over the period its sentence writes, where a figure of
/// the same sentence and period fits only another period the story names
/// ("total IT exports for the first quarter of FY2025 stood at $1.06 billion,
/// reflecting a 21 percent year-on-year increase": $1.06 billion is Jul-Sep
/// FY2025-26's, the story's quarter), is two readings, not an error.
pub(crate) fn doubt_written_periods(verified: &mut [Verified]) {
    let doubtful: Vec<(usize, Option<String>, String)> = verified
        .iter()
        .filter(|v| {
            v.claim.kind == Kind::Amount
                && matches!(v.claim.verdict, Verdict::Supported | Verdict::Outdated)
                && level::read_over_story_period(&v.claim.reason)
        })
        .map(|v| (v.sentence, v.claim.period.clone(), v.claim.text.clone()))
        .collect();
    for v in verified.iter_mut().filter(|v| contradicted_rate(v)) {
        if let Some((_, _, figure)) = doubtful
            .iter()
            .find(|(s, p, _)| *s == v.sentence && *p == v.claim.period)
        {
            doubt(
                v,
                format!(
                    "two readings disagree: the sentence's \"{figure}\" fits another period the story names, not the one written"
                ),
            );
        }
    }
}

/// A contradicted growth rate.
fn contradicted_rate(v: &Verified) -> bool {
    v.claim.verdict == Verdict::Contradicted && matches!(v.claim.kind, Kind::Growth { .. })
}

/// Leaves a claim unverifiable, `why` before the reason it had.
fn doubt(v: &mut Verified, why: String) {
    v.claim.verdict = Verdict::Unverifiable;
    v.claim.cause = None;
    v.claim.reason = format!("{why}; {}", v.claim.reason);
}

/// A rate contradicted for a series the sentence's own amount is not of the
/// scale of, over the same period, is in doubt: the series named may not be
/// the one meant. "خدمات کی برآمدات کا مجموعی حجم 170.8 ملین ڈالر … 3فیصد زیادہ"
/// (Tariq Javeed, 2023-11-20) writes "services exports" in a story about
/// telecom services: $170.8m is not of the scale of all services ($2,308m in
/// July-October FY2023-24), so the 3% is not judged against them. Only for a
/// series other than the story's: beside the story's own series an amount off
/// its scale is a change or a slip ("60 کروڑ ڈالر" more in a year).
pub(crate) fn doubt_series_by_scale(drafts: &[(Draft, Cues)], verified: &mut [Verified]) {
    let story = drafts.first().and_then(|(d, _)| d.story.series.clone());
    doubt_rates_beside(
        verified,
        |v| v.claim.verdict == Verdict::Unverifiable && level::off_scale(&v.claim.reason),
        |a, v| a.sentence == v.sentence && v.claim.series != story,
        |figure| {
            format!(
                "the series is in doubt: the sentence's \"{figure}\" is not of its scale over the same period"
            )
        },
    );
}

/// A rate contradicted for a period over which the story's own level of the
/// same series is far from the store's is in doubt: the story counts another
/// measure. "Pakistan IT and ITES exports increased to reach US $ 61 million in
/// Jul-Sep 2011 versus US $ 45 million" (ProPakistani, 2011-11-02) is not
/// SBP's ICT ($107m against $94m), so its "32.6 percent" is not judged against
/// ICT's +13.8%. A level within 15% may be a slip or a revision, and proves
/// nothing about the measure.
pub(crate) fn doubt_rates_by_levels(verified: &mut [Verified]) {
    doubt_rates_beside(
        verified,
        |v| {
            // A plain level with its own period, on the series' scale: one off
            // the scale, or whose period or reading is itself in doubt, is more
            // likely misread than another measure.
            v.withheld.is_none()
                && v.claim.verdict == Verdict::Unverifiable
                && !["ambiguous", "names no period", "read as", "not written"]
                    .iter()
                    .any(|w| v.claim.reason.contains(w))
                && matches!((v.claim.stated, v.claim.actual),
                    (Some(s), Some(a)) if a.abs() > 0.0
                        && ((s - a) / a).abs() > 0.15
                        && !crate::alt::out_of_scale(s.abs(), a.abs()))
        },
        |a, _| a.period.is_some(),
        |figure| {
            format!(
                "the story's own figure for the period, \"{figure}\", is far from the store's: it may count another measure"
            )
        },
    );
}

/// An amount a contradicted rate may be doubted beside.
struct Beside {
    sentence: usize,
    series: Option<SeriesKey>,
    period: Option<String>,
    text: String,
}

/// Doubts each contradicted rate for which an amount of the same series and
/// period, picked by `amount`, stands as `also` requires: the amount's words
/// say the rate may not be about what the store holds.
fn doubt_rates_beside(
    verified: &mut [Verified],
    amount: impl Fn(&Verified) -> bool,
    also: impl Fn(&Beside, &Verified) -> bool,
    why: impl Fn(&str) -> String,
) {
    let amounts: Vec<Beside> = verified
        .iter()
        .filter(|v| v.claim.kind == Kind::Amount && amount(v))
        .map(|v| Beside {
            sentence: v.sentence,
            series: v.claim.series.clone(),
            period: v.claim.period.clone(),
            text: v.claim.text.clone(),
        })
        .collect();
    for v in verified.iter_mut().filter(|v| contradicted_rate(v)) {
        if let Some(a) = amounts
            .iter()
            .find(|a| a.series == v.claim.series && a.period == v.claim.period && also(a, v))
        {
            doubt(v, why(&a.text));
        }
    }
}

/// A contradiction withheld because its period was borrowed stands when
/// another figure of the same sentence, read over the same period, is right
/// there as written ("ICT sector exports of US$ 1.333 billion are the highest
/// among all Services (37.8% of total export of services)": the $1.333 billion
/// is July–December's, so the share is too), or when the story states the same
/// figure elsewhere with that period written (a headline restating the body).
/// Returns the claims in order.
pub(crate) fn corroborate(all: Vec<Verified>) -> Vec<Claim> {
    // Right as printed to within half a percent: "$1.3bn" fits a span of
    // $100m and confirms nothing.
    let direct = |c: &Claim| {
        c.kind == Kind::Amount
            && matches!(c.verdict, Verdict::Supported | Verdict::Outdated)
            && matches!((c.stated, c.actual), (Some(s), Some(a)) if (s - a).abs() <= 0.005 * a.abs())
            && !c.reason.contains("read as")
            && !c.reason.starts_with("the period is not written")
            && !c.reason.starts_with("the sentence names no period")
    };
    // Another sentence's claim on the same series over the same period, with that
    // period its own (not withheld).
    let elsewhere = |o: &Verified, v: &Verified| {
        o.sentence != v.sentence
            && o.withheld.is_none()
            && o.claim.series == v.claim.series
            && o.claim.period.is_some()
            && o.claim.period == v.claim.period
    };
    let fits: Vec<Option<String>> = all
        .iter()
        .enumerate()
        .map(|(i, v)| {
            v.withheld.as_ref()?;
            all.iter()
                .enumerate()
                .find(|(j, o)| {
                    *j != i
                        && o.sentence == v.sentence
                        && o.claim.period.is_some()
                        && o.claim.period == v.claim.period
                        && direct(&o.claim)
                })
                .map(|(_, o)| format!("the sentence's \"{}\" is right for it", o.claim.text))
                .or_else(|| {
                    // A headline restating a figure the story gives with its own
                    // period ("IT Exports Remittances Surge 23.71 Percent" over
                    // "… surged by a staggering 23.71% … in the Financial Year
                    // 2019-20") is as wrong as the figure it restates.
                    all.iter()
                        .find(|o| {
                            elsewhere(o, v)
                                && o.claim.verdict == Verdict::Contradicted
                                && o.claim.kind == v.claim.kind
                                && o.claim.stated.is_some()
                                && o.claim.stated == v.claim.stated
                        })
                        .map(|o| {
                            format!(
                                "the story states the same figure, \"{}\", for that period",
                                o.claim.text
                            )
                        })
                })
                .or_else(|| {
                    // A headline (the text's first sentence) amount the story's own
                    // body gives otherwise for that period, rightly and with the
                    // period written ("حجم 31.40 کروڑ ڈالر رہا" over "اپریل 2025 میں …
                    // 31 کروڑ 70 لاکھ ڈالر"), and which restates no other figure of the
                    // story.
                    if v.sentence != 0 || v.claim.kind != Kind::Amount {
                        return None;
                    }
                    let restates_another = all.iter().enumerate().any(|(j, o)| {
                        j != i && o.claim.stated.is_some() && o.claim.stated == v.claim.stated
                    });
                    if restates_another {
                        return None;
                    }
                    all.iter()
                        .find(|o| elsewhere(o, v) && direct(&o.claim))
                        .map(|o| {
                            format!(
                                "the story gives that period's figure as \"{}\", which is right",
                                o.claim.text
                            )
                        })
                })
        })
        .collect();
    all.into_iter()
        .zip(fits)
        .map(|(v, fit)| {
            let mut c = v.claim;
            if let (Some((reason, cause)), Some(fit)) = (v.withheld, fit) {
                c.verdict = Verdict::Contradicted;
                c.cause = cause;
                c.reason = format!(
                    "{reason} (the period is borrowed from the sentences before, and {fit})"
                );
            }
            c
        })
        .collect()
}
