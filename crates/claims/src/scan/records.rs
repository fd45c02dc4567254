//! Record and rank phrases: "all-time high", "highest since April 2026",
//! "lowest since May 2022", "second-highest", "the previous record",
//! "surpassing several previous records set earlier in 2025".

use std::sync::LazyLock;

use regex::Regex;

use super::{floor_boundary, re};

/// What a record phrase says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RecordForm {
    /// "all-time high", "highest ever", "record".
    AllTimeHigh,
    /// "best July on record".
    SameMonth(u8),
    /// "second-highest".
    Rank(usize),
    /// "the 2nd highest number in FY23": the rank among the months of the
    /// fiscal year so far.
    RankInYear(usize),
    /// "the previous record (of $348 million in December 2024)".
    PreviousRecord,
    /// "the highest since April 2026".
    HighestSince,
    /// "the lowest since May 2022".
    LowestSince,
    /// "surpassing several previous records set earlier in 2025".
    EarlierRecords { year: i32, several: bool },
    /// "a record increase", "record growth": which measure was a record (the
    /// level, the rate or the change) the words leave open.
    RecordChange,
    /// "a five-month high", "the highest in 11 months": above each of the
    /// months before it in that many.
    HighestIn(u8),
    /// "an eight-month low", "the lowest in seven months": below each of the
    /// months before it in that many.
    LowestIn(u8),
    /// "the 13th consecutive month of year-over-year growth", "for 18
    /// consecutive months": a run of months of growth ending with this one.
    Streak(u8),
    /// "declined for the 3rd consecutive month", "the 3rd straight month of
    /// decline": a run of months of falls ending with this one.
    FallStreak(u8),
    /// "the first decline since the third quarter of FY16", "the first time
    /// since May 2020 when IT exports fell year-on-year": a fall on a year
    /// earlier, the first since the period named.
    FirstFallSince,
    /// "lower than the past four quarters", "higher than the last three
    /// consecutive quarters": below (or above) each of the `n` periods of its
    /// own length before it.
    BeyondPast { below: bool, n: u8 },
}

/// A record or rank phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RecordPhrase {
    pub start: usize,
    pub end: usize,
    pub form: RecordForm,
}

const MONTHS: &str =
    "January|February|March|April|May|June|July|August|September|October|November|December";

static EARLIER_RECORDS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:surpass|break|beat|eclips|exceed|top|outdo|better)\w*\s+(?:(?:several|multiple|many|numerous|a\s+number\s+of|a\s+string\s+of|two|three|all|the|its)\s+)?(?:(?:previous|earlier|past|prior)\s+)?(?:monthly\s+)?(?P<rec>records?)\s+(?:(?:set|achieved|posted|made|registered)\s+)?(?:earlier\s+)?(?:in|during)\s+(?P<y>(?:19|20)\d{2})\b",
    )
});
/// "Crossed $1 billion for the first time", "surpass $1.5 billion for the first
/// time ever", "crossed $1 billion mark … for the very first time" (Siasat,
/// 2018-07-20), "for the first time … $386 million": above a mark no earlier period reached, judged as a high above
/// every earlier period (the mark is the amount's bound). Only after a verb of
/// crossing: "for the first time, the ministry released …" claims nothing.
static FIRST_TIME: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:cross|surpass|exceed|pass|top|breach|hit|touch|reach|break)\w*\b(?:[^.;]|\.\d){0,80}?\b(?P<ft>for\s+the\s+(?:very\s+)?first\s+time(?:\s+ever)?)\b|\b(?P<ft2>for\s+the\s+(?:very\s+)?first\s+time(?:\s+ever)?)\b(?:[^.;]|\.\d){0,40}?\b(?:cross|surpass|exceed|pass|top|breach|hit|touch|reach|break|(?:increased|rose|grew|jumped|climbed)\s+to)|\b(?P<ft3>for\s+the\s+(?:very\s+)?first\s+time(?:\s+ever)?)[^.;,$]{0,40}?\$\d",
    )
});
/// "Reached close to $250 million for the first time after April 2022"
/// (CW Pakistan, 2023-01-21), "fell below $200 million for the first time since
/// 2020": the highest (or, after a fall, the lowest) since that period, no
/// all-time record.
static FIRST_SINCE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\bfor\s+the\s+first\s+time\s+(?:since|after)\b"));
static FALL_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:f[ae]ll\w*|drop\w*|declin\w*|dipp?\w*|slipp?\w*|plunge\w*|below|under)\b[^.;]{0,80}$",
    )
});
/// "$633m — lower than the past four quarters" (Dawn, 2022-12-05); "$633
/// million IT exports in Q1FY23 are even lower, when compared with the last
/// three consecutive quarters" (Islamabad Post, 2022-12-11).
static BEYOND_PAST: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?P<dir>lower|less|smaller|higher|greater|larger)\s*,?\s+(?:(?:even|still)\s+)?(?:than|(?:when\s+)?compared\s+(?:with|to))\s+(?:(?:in\s+)?each\s+of\s+|all\s+)?(?:the\s+)?(?:past|last|previous|preceding)\s+(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:consecutive\s+|straight\s+)?(?P<unit>quarters|months)\b",
    )
});
/// "The first decline since third quarter of FY16" (Islamabad Post,
/// 2022-12-11); "the first time since May 2020 when IT exports fell
/// year-on-year" (Dawn, 2022-12-05). The phrase ends at "since"; the period
/// named comes next.
static FIRST_FALL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\bfirst\s+(?:(?:year[- ]on[- ]year|yoy|annual|quarterly|monthly)\s+)?(?:decline|fall|drop|contraction|dip|decrease)\s+since\b|\bfirst\s+time\s+since\b(?P<when>[^.;]{0,40}?\b(?:when|that)\b[^.;]{0,80}?\b(?:fell|declined|dropped|decreased|contracted|shrank|dipped)\b)",
    )
});
static PREVIOUS_RECORD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:previous|earlier|prior|last|old)\s+(?:all[- ]time\s+)?(?:monthly(?:[- ]level)?\s+)?(?:record|high|peak|best|highest)(?:\s+(?:[\w-]+\s+){0,3}?record)?\b|\bthe\s+monthly\s+(?:record|high|peak)\s+of\b",
    )
});
static RANK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?P<r>second|third|fourth|fifth|2nd|3rd|4th|5th)[- ]highest\b(?P<fy>(?:\s+[\w-]+){0,2}?\s+(?:in|of|during|so\s+far\s+in)\s+(?:the\s+)?(?:FY\s?'?\d{2}(?:\d{2})?(?:[-–]\d{2})?|(?:current|ongoing|this)\s+(?:fiscal|financial)\s+year)\b)?",
    )
});
static SINCE: LazyLock<Regex> = LazyLock::new(|| {
    // "the highest monthly export figure since December 2022" (The Express
    // Tribune, 2023-06-22).
    re(
        r"(?i)\bhighest\s+(?:(?:level|monthly|export|exports|figure|value|inflow|inflows|number)\s+){0,3}since\b",
    )
});
/// Also "the least since" ("The January 2023 shipments were the least since May
/// 2022", The Truth International, 2023-02-16), not "at least since".
static LOWEST_SINCE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:lowest|weakest|the\s+least)\s+(?:(?:level|monthly|export|exports|figure|value|inflow|inflows|number)\s+){0,3}since\b",
    )
});
static SAME_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(?:best|highest|strongest)(?:[- ]ever)?\s+(?P<m>{MONTHS})\s+(?:on\s+record|ever)\b|\brecord\s+(?P<m2>{MONTHS})\b"
    ))
});
static ALL_TIME: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:all[- ]time\s+(?:monthly\s+)?(?:high|record|peak|best)|highest[- ]ever|(?:ever|all[- ]time)[- ]highest|record[- ](?:high|breaking|level|setting)|historic\s+(?:high|peak|level)|(?:creat|mak|made|set)\w*\s+(?:a\s+)?(?:new\s+)?history|(?:new|fresh|another)\s+(?:monthly\s+)?(?:record|high|peak|pinnacle)|(?:reach|hit|touch|scal)\w*\s+(?:a|its|the)\s+(?:new\s+)?(?:pinnacle|peak)|highest\s+(?:monthly\s+|\w+[- ]month\s+)?(?:level\s+|figure\s+)?(?:on\s+record|in\s+(?:the\s+)?(?:country['’]s\s+)?history|ever(?:\s+recorded)?)|(?:for\s+the\s+)?first\s+time\s+in\s+(?:the\s+)?(?:country['’]s\s+)?history|highest\s+(?:[\w-]+\s+){0,5}?in\s+a\s+(?:single\s+)?month|highest\s+(?:value|figure|level|exports?)\s+for\s+the\s+(?:fiscal\s+|financial\s+)?year|record)\b",
    )
});
/// "… to record at", "… to record a": "record" as a verb.
static RECORD_VERB_BEFORE: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\bto\s+$"));
static RECORD_VERB_AFTER: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)^\s+(?:at|an?)\b"));

/// "a five-month high", "11-month high", "the highest (level) in 11 months";
/// "an eight-month low", "the lowest in seven months".
static HIGHEST_IN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four)[- ]month\s+(?P<dir>high|peak|low|trough)\b|\b(?P<dir2>highest|lowest)\s+(?:(?:level|monthly\s+figure|figure)\s+)?in\s+(?P<n2>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen)\s+months\b",
    )
});

/// "The highest IT and telecom services exports in the first seven months of
/// the current financial year" (Daily Times, 2022-02-26): a record for the
/// span, against the same months of every earlier year. The phrase is "the
/// highest"; the run of months is read from the sentence.
static HIGHEST_IN_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?P<h>(?:the|its)\s+highest)\s+(?:[\w&-]+\s+){1,6}?exports?\s+(?:in|during|for)\s+the\s+first\b",
    )
});

/// "the 13th consecutive month", "the straight 18th month in a row", "for 18
/// consecutive months" (Urdu's "مسلسل 18 ماہ سے" rewritten).
static STREAK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?P<n>\d{1,2})(?:st|nd|rd|th)\s+(?:consecutive|straight|successive)\s+month\b|\b(?P<w>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)\s+(?:consecutive|straight|successive)\s+month\b|\b(?:straight|consecutive)\s+(?P<n2>\d{1,2})(?:st|nd|rd|th)\s+month\b|\b(?P<n3>\d{1,2})(?:st|nd|rd|th)\s+month\s+in\s+a\s+row\b|\b(?P<n4>\d{1,2})\s+(?:consecutive|straight|successive)\s+months\b",
    )
});

/// Words of a fall leading into a run ("declined for the", "fell for"), or
/// right after it ("of decline", "of year-on-year contraction").
static RUN_FALL_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:declin\w*|fell|fall(?:en|ing|s)?|dropp?\w*|decreas\w*|contract\w*|slump\w*|dipp?\w*|shr[ai]nk\w*)\s+(?:for\s+)?(?:the\s+|a\s+)?$",
    )
});
static RUN_FALL_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s+of\s+(?:(?:year[- ]on[- ]year|month[- ]on[- ]month|annual|monthly|a)\s+)?(?:declines?|falls?|drops?|decreases?|contractions?|slumps?|dips?)\b",
    )
});

/// A change after "record" ("record increase", Urdu's "ریکارڈ اضافہ" rewritten).
/// "Record increase", "a record 28% increase" (Urdu "ریکارڈ 28 فیصد اضافہ", Concept
/// TV, 2023-06-22): a record change, not a record level.
static CHANGE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^[\s-]+(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s*cent|pc)\s*)?(?:(?:year[- ]on[- ]year|annual|monthly)\s+)?(?:increased?|increases|growth|grew|rise|rose|jump|jumped|surge|surged|hike|gain|gains|expansion)\b",
    )
});
static NEGATED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:not|no|short\s+of|below|shy\s+of|under|beneath|than|equall?ed|matched|near|close\s+to)\s+(?:an?\s+|the\s+|its\s+)?(?:new\s+)?$",
    )
});

/// A record aimed at or foreseen, not reached: "measures to take IT exports to record
/// levels", Urdu "آئی ٹی ایکسپورٹ کو ریکارڈ سطح پر لے جانے کے لیے اقدامات" (Samaa,
/// 2022-06), "set to breach the $2 billion mark for the first time in the history"
/// (The News, 2021-05-26).
static AIMED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:to\s+(?:take|push|bring|lift|raise|propel)|aim\w*\s+(?:to|at|for)|plans?\s+to|planning\s+to|striv\w+\s+(?:to|for)|efforts?\s+to|measures\s+to|bid\s+to|seek\w*\s+to|set\s+to|poised\s+to|on\s+track\s+to|expected\s+to|likely\s+to|will|would|could)\b[^.;,]{0,48}$",
    )
});
static AIMED_AFTER: LazyLock<Regex> =
    LazyLock::new(|| re(r"^[^.;،,]{0,24}?(?:لے\s*جان|لے\s*جائیں|پہنچان)"));

/// Every record or rank phrase in `text` (negated ones, "short of the record",
/// are left out).
static RECORD_VALUE_GAP: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^\s*(?:[a-z]+\s+){0,4}?(?:was|were|of|at|stood\s+at)\s*$"));

/// The words between "the previous highest" and its amount: "monthly export
/// number was", "figure stood at".
pub(crate) fn record_value_gap(gap: &str) -> bool {
    gap.len() <= 48 && RECORD_VALUE_GAP.is_match(gap)
}

pub(crate) fn records(text: &str, base: usize) -> Vec<RecordPhrase> {
    let mut out: Vec<RecordPhrase> = Vec::new();
    let add = |start: usize, end: usize, form: RecordForm, out: &mut Vec<RecordPhrase>| {
        let before = &text[floor_boundary(text, start.saturating_sub(30))..start];
        let wider = &text[floor_boundary(text, start.saturating_sub(60))..start];
        let after = &text[end..floor_boundary(text, (end + 60).min(text.len()))];
        // "Higher than the previous record of …" still names the old record.
        let negated = form != RecordForm::PreviousRecord && NEGATED.is_match(before);
        if negated || AIMED_BEFORE.is_match(wider) || AIMED_AFTER.is_match(after) {
            return;
        }
        if out.iter().all(|r| end <= r.start || start >= r.end) {
            out.push(RecordPhrase { start, end, form });
        }
    };
    for c in EARLIER_RECORDS.captures_iter(text) {
        let whole = c.get(0).expect("match");
        let Some(year) = c.name("y").and_then(|y| y.as_str().parse().ok()) else {
            continue;
        };
        let several = c
            .name("rec")
            .is_some_and(|r| r.as_str().ends_with(['s', 'S']));
        add(
            whole.start(),
            whole.end(),
            RecordForm::EarlierRecords { year, several },
            &mut out,
        );
    }
    for m in PREVIOUS_RECORD.find_iter(text) {
        add(m.start(), m.end(), RecordForm::PreviousRecord, &mut out);
    }
    for c in RANK.captures_iter(text) {
        let whole = c.get(0).expect("match");
        let r = match c
            .name("r")
            .map(|r| r.as_str().to_ascii_lowercase())
            .as_deref()
        {
            Some("second" | "2nd") => 2,
            Some("third" | "3rd") => 3,
            Some("fourth" | "4th") => 4,
            _ => 5,
        };
        // "The 2nd highest number in FY23" (Trade Chronicle, 2023-06-22): a rank
        // within the fiscal year; the phrase stops at "highest", its period
        // being the month's.
        let (end, form) = match c.name("fy") {
            Some(fy) => (fy.start(), RecordForm::RankInYear(r)),
            None => (whole.end(), RecordForm::Rank(r)),
        };
        add(whole.start(), end, form, &mut out);
    }
    for m in SINCE.find_iter(text) {
        add(m.start(), m.end(), RecordForm::HighestSince, &mut out);
    }
    for m in LOWEST_SINCE.find_iter(text) {
        add(m.start(), m.end(), RecordForm::LowestSince, &mut out);
    }
    for c in SAME_MONTH.captures_iter(text) {
        let whole = c.get(0).expect("match");
        let Some(month) = c
            .name("m")
            .or_else(|| c.name("m2"))
            .and_then(|m| itx_types::month_from_name(m.as_str()))
        else {
            continue;
        };
        add(
            whole.start(),
            whole.end(),
            RecordForm::SameMonth(month),
            &mut out,
        );
    }
    for c in STREAK.captures_iter(text) {
        let whole = c.get(0).expect("match");
        // "the fourteenth consecutive month" (Pakistan Ka Khuda Hafiz,
        // 2024-12-18): the ordinal in words.
        const ORDINALS: [&str; 19] = [
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth",
            "twentieth",
        ];
        let n = ["n", "n2", "n3", "n4"]
            .iter()
            .find_map(|g| c.name(g))
            .and_then(|m| m.as_str().parse::<u8>().ok())
            .or_else(|| {
                let w = c.name("w")?.as_str().to_ascii_lowercase();
                ORDINALS.iter().position(|o| *o == w).map(|i| i as u8 + 2)
            });
        if let Some(n) = n.filter(|n| *n >= 2) {
            // "Declined for the 3rd consecutive month", "the 3rd straight
            // month of decline": a run of falls, not of growth.
            let before = super::tail(&text[..whole.start()], 40);
            let after = super::head(&text[whole.end()..], 40);
            let form = if RUN_FALL_BEFORE.is_match(before) || RUN_FALL_AFTER.is_match(after) {
                RecordForm::FallStreak(n)
            } else {
                RecordForm::Streak(n)
            };
            add(whole.start(), whole.end(), form, &mut out);
        }
    }
    for c in HIGHEST_IN.captures_iter(text) {
        let whole = c.get(0).expect("match");
        let n = c
            .name("n")
            .or_else(|| c.name("n2"))
            .map(|m| m.as_str().to_ascii_lowercase());
        // Digits, or number words ("five", "twenty-four": tens and units summed).
        let n = n.and_then(|w| {
            w.parse::<u8>().ok().or_else(|| {
                w.split('-')
                    .map(super::number_word)
                    .sum::<Option<f64>>()
                    .map(|v| v as u8)
            })
        });
        let low = c.name("dir").or_else(|| c.name("dir2")).is_some_and(|d| {
            matches!(
                d.as_str().to_ascii_lowercase().as_str(),
                "low" | "trough" | "lowest"
            )
        });
        if let Some(n) = n.filter(|n| *n >= 2) {
            let form = if low {
                RecordForm::LowestIn(n)
            } else {
                RecordForm::HighestIn(n)
            };
            add(whole.start(), whole.end(), form, &mut out);
        }
    }
    for c in BEYOND_PAST.captures_iter(text) {
        let whole = c.get(0).expect("match");
        let n = c.name("n").and_then(|w| {
            w.as_str()
                .parse::<u8>()
                .ok()
                .or_else(|| super::number_word(w.as_str()).map(|v| v as u8))
        });
        let below = c.name("dir").is_some_and(|d| {
            matches!(
                d.as_str().to_ascii_lowercase().as_str(),
                "lower" | "less" | "smaller"
            )
        });
        if let Some(n) = n.filter(|n| (1..=24).contains(n)) {
            add(
                whole.start(),
                whole.end(),
                RecordForm::BeyondPast { below, n },
                &mut out,
            );
        }
    }
    // Before FIRST_SINCE: "for the first time since 2016 that exports fell" is a
    // fall, not a low.
    for c in FIRST_FALL.captures_iter(text) {
        let whole = c.get(0).expect("match");
        let end = c.name("when").map_or(whole.end(), |w| w.start());
        add(whole.start(), end, RecordForm::FirstFallSince, &mut out);
    }
    // Before FIRST_TIME: `add` keeps the first of two overlapping phrases, so
    // "for the first time since April 2022" is not also an all-time high.
    for m in FIRST_SINCE.find_iter(text) {
        let before = &text[floor_boundary(text, m.start().saturating_sub(80))..m.start()];
        let form = if FALL_BEFORE.is_match(before) {
            RecordForm::LowestSince
        } else {
            RecordForm::HighestSince
        };
        add(m.start(), m.end(), form, &mut out);
    }
    for c in FIRST_TIME.captures_iter(text) {
        let whole = c.get(0).expect("match");
        // "on track to surpass $2 billion for the first time ever": a forecast.
        if super::projection_cue(super::tail(&text[..whole.start()], 40)) {
            continue;
        }
        // "For the first time … $386 million" (Urdu's "پہلی بار … 38 کروڑ 60 لاکھ
        // ڈالر کی برآمدات", Express, 2025-11-17): a level no month had reached.
        if let Some(m) = c
            .name("ft")
            .or_else(|| c.name("ft2"))
            .or_else(|| c.name("ft3"))
        {
            add(m.start(), m.end(), RecordForm::AllTimeHigh, &mut out);
        }
    }
    for c in HIGHEST_IN_FIRST.captures_iter(text) {
        let h = c.name("h").expect("group");
        add(h.start(), h.end(), RecordForm::AllTimeHigh, &mut out);
    }
    for m in ALL_TIME.find_iter(text) {
        // "declined 1% YoY to record at US$2.37bn" (Trade Chronicle,
        // 2023-06-22): the verb, not a record.
        if m.as_str().eq_ignore_ascii_case("record")
            && RECORD_VERB_BEFORE.is_match(&text[..m.start()])
            && RECORD_VERB_AFTER.is_match(&text[m.end()..])
        {
            continue;
        }
        let form = if m.as_str().eq_ignore_ascii_case("record")
            && CHANGE_AFTER.is_match(&text[m.end()..])
        {
            RecordForm::RecordChange
        } else {
            RecordForm::AllTimeHigh
        };
        add(m.start(), m.end(), form, &mut out);
    }
    out.sort_by_key(|r| r.start);
    for r in &mut out {
        r.start += base;
        r.end += base;
    }
    out
}
