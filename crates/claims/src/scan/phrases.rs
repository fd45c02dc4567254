//! The words around a number that say what it claims: direction, basis,
//! qualifiers and bounds, projections and targets, the gaps that bind a number
//! to a period, shares and comparison bases.

use std::sync::LazyLock;

use regex::Regex;

use super::{ceil_boundary, floor_boundary, re};

/// Direction words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dir {
    Up,
    Down,
}

static UP: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:up|rose|rise|rising|risen|increase[ds]?|increasing|grow|grew|grown|growth|growing|jump(?:ed|s|ing)?|surge[ds]?|surging|higher|climb(?:ed|s|ing)?|expand(?:ed|s|ing)?|expansion|soar(?:ed|s|ing)?|gain(?:ed|s|ing)?|advanc(?:e[ds]?|ing)|boost(?:ed|ing)?|improv(?:e[ds]?|ing)|improvement|uptick|spik(?:e[ds]?|ing)|widen(?:ed|s|ing)?|swell(?:ed|s|ing)?|swollen|(?:sky)?rocket(?:ed|s|ing)?|leap(?:t|ed|s|ing)?|accelerat(?:e[ds]?|ing)|above|more)\b",
    )
});
static DOWN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        // "a negative growth rate of", "a negative rise of 7.57 percent"
        // (Pakistan Ka Khuda Hafiz, 2024-05-22): the down word is the whole
        // phrase, so that it ends after the "growth" it qualifies.
        r"(?i)\b(?:down|fell|fall(?:en|s)?|falling|decline[ds]?|declining|decrease[ds]?|decreasing|drop(?:ped|s|ping)?|lower|contract(?:ed|ion|s|ing)?|shr[ai]nk(?:ing|age)?|shrunk|dip(?:ped|s|ping)?|plung(?:e[ds]?|ing)|plummet(?:ed|s|ing)?|crash(?:ed|es|ing)?|slump(?:ed|s|ing)?|slid|slid(?:e|ing)|slip(?:ped|s|ping)?|tumbl(?:e[ds]?|ing)|sank|sunk|below|reduc\w*|narrow(?:ed|s|ing)|negative(?:\s+(?:growth|rise|increase)(?:\s+rate)?(?:\s+of)?)?|less)\b",
    )
});

static QUALIFIER_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:more\s+than|less\s+than|over|nearly|almost|about|around|some|up\s+to|at\s+least)\s*$",
    )
});

/// The direction word nearest the end of `before` or the start of `after`. A
/// qualifier right before the number ("more than 60%") is not a direction.
/// True when `text` has a word of a rise or a fall anywhere in it.
pub(crate) fn tells_change(text: &str) -> bool {
    UP.is_match(text) || DOWN.is_match(text)
}

pub(crate) fn direction(before: &str, after: &str) -> Option<Dir> {
    let before = match QUALIFIER_TAIL.find(before) {
        Some(m) => &before[..m.start()],
        None => before,
    };
    let last = |r: &Regex, s: &str| r.find_iter(s).last().map(|m| s.len() - m.end());
    let first = |r: &Regex, s: &str| r.find(s).map(|m| m.start());
    let b = match (last(&UP, before), last(&DOWN, before)) {
        (Some(u), Some(d)) => Some(if u <= d { Dir::Up } else { Dir::Down }),
        (Some(_), None) => Some(Dir::Up),
        (None, Some(_)) => Some(Dir::Down),
        (None, None) => None,
    };
    let a = match (first(&UP, after), first(&DOWN, after)) {
        (Some(u), Some(d)) => Some(if u <= d { Dir::Up } else { Dir::Down }),
        (Some(_), None) => Some(Dir::Up),
        (None, Some(_)) => Some(Dir::Down),
        (None, None) => None,
    };
    // "a 23.8% increase" puts the word after; "rose 23.8%" before. Prefer the
    // closer one.
    match (b, a) {
        (Some(x), None) | (None, Some(x)) => Some(x),
        (Some(x), Some(y)) => {
            let db = last(&UP, before)
                .into_iter()
                .chain(last(&DOWN, before))
                .min()
                .unwrap_or(usize::MAX);
            let da = first(&UP, after)
                .into_iter()
                .chain(first(&DOWN, after))
                .min()
                .unwrap_or(usize::MAX);
            Some(if db <= da { x } else { y })
        }
        (None, None) => None,
    }
}

static GROWTH_STOOD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\bgrowth\s+(?:rate\s+)?(?:in|of)\s+[^.;:%\d]{3,110}?\b(?:stood|was|remained|reached|came\s+(?:in\s+)?at|clocked\s+in\s+at|recorded|registered)(?:\s+at)?\s*$",
    )
});

/// "The growth in the Telecommunications, Computer, and Information Services
/// sector of Pakistan stood at 5.34%" (TechJuice, 2018-11-21): a growth rate
/// whose growth word stands a long series name before its figure, past the
/// words [`direction`] reads.
pub(crate) fn growth_stood_at(clause: &str) -> bool {
    GROWTH_STOOD.is_match(clause) && !DOWN.is_match(clause)
}

/// A basis cue word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cue {
    Yoy,
    Mom,
}

static YOY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:year[- ]on[- ]year|year[- ]over[- ]year|yoy|y/y|y-o-y|annual(?:ly)?|on\s+an\s+annual\s+basis|(?:a|one)\s+year\s+(?:earlier|ago|before)|(?:same|corresponding)\s+(?:month|period|quarter|months)\s+(?:of\s+|in\s+)?(?:the\s+)?(?:last|previous|preceding|prior)\s+(?:(?:fiscal|financial)\s+year|year|FY)\b|(?:same|corresponding)\s+period\s+(?:a\s+year\s+)?(?:earlier|ago)|last\s+year|previous\s+year|preceding\s+year|prior\s+year)\b",
    )
});
static MOM: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:month[- ]on[- ]month|month[- ]over[- ]month|mom|m/m|m-o-m|sequential(?:ly)?|(?:previous|preceding|prior|last)\s+month|(?:a|one)\s+month\s+(?:earlier|ago|before)|on\s+a\s+monthly\s+basis|monthly\s+(?:decrease|increase|decline|growth|rise|fall|drop|dip|gain|jump|surge|contraction|expansion|change))\b",
    )
});

/// True when the text speaks of month-on-month change.
pub(crate) fn says_month_on_month(text: &str) -> bool {
    MOM.is_match(text)
}

static NEXT_CLAUSE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)[,;]\s*(?:while|whereas|but|and\s+the)\b|;"));

/// Where the clause after a number ends ("9 percent for November 2023, while
/// the year-on-year growth was …" ends before ", while"): the words after that
/// are another clause's.
pub(crate) fn clause_end(after: &str) -> usize {
    NEXT_CLAUSE.find(after).map_or(after.len(), |m| m.start())
}

/// The basis word in `seg` nearest its start (`from_start`) or its end.
pub(crate) fn basis_cue(seg: &str, from_start: bool) -> Option<Cue> {
    let pick = |r: &Regex| {
        if from_start {
            r.find(seg).map(|m| m.start())
        } else {
            r.find_iter(seg).last().map(|m| seg.len() - m.end())
        }
    };
    match (pick(&YOY), pick(&MOM)) {
        (Some(y), Some(m)) => Some(if y <= m { Cue::Yoy } else { Cue::Mom }),
        (Some(_), None) => Some(Cue::Yoy),
        (None, Some(_)) => Some(Cue::Mom),
        (None, None) => None,
    }
}

static COMPARATOR: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:\bfrom|(?:%|\bper\s?cent|\bpercent)\s+(?:above|below|over|up\s+on|down\s+on|(?:higher|lower|more|less|greater|bigger|smaller)\s+than)|\b(?:higher|lower|greater|bigger|smaller|more|less)\s+than\s+(?:the|a|an|its|[A-Z][a-z]+(?:\s+\d{4})?['’]s)|\b(?:compared|in\s+comparison)\s+(?:to|with)|\bagainst|\bversus|\bvs\.?|\bv/s|\bas\s+against|\brelative\s+to)\s+(?:(?:the|a|an|its|their|just|only|revised|reported|provisional|last|year['’]s|month['’]s|(?:peak|high|record|level)\s+of)\s+)*(?:[A-Z][a-z]+(?:\s+\d{4})?['’]s\s+(?:(?:revised|reported|provisional)\s+)?)?$",
    )
});

static ADDED: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\badd(?:s|ed|ing)?\b"));

/// "Added a stellar $627 million to the $2.596 billion achieved during FY
/// 2022-23" (The Nation, 2024-12-19): `between` is the words between two
/// amounts, `lead` the clause before the first; true when the second is the
/// base the first was added to.
pub(crate) fn added_to(lead: &str, between: &str) -> bool {
    matches!(
        between.trim().to_ascii_lowercase().as_str(),
        "to" | "to the"
    ) && ADDED.is_match(lead)
}

/// True when `before` ends with a comparison word ("compared to", "from",
/// "higher than November's", "19.5 per cent higher than").
pub(crate) fn comparator_before(before: &str) -> bool {
    COMPARATOR.is_match(before)
}

/// How an amount is qualified.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Qual {
    Exact,
    /// "over", "more than", "surpassing", "crossed": a lower bound.
    AtLeast,
    /// "under", "below", "less than": an upper bound.
    AtMost,
    /// "nearly", "almost", "close to": just under, within 10%.
    Nearly,
    /// "about", "around", "approximately": either side, within 3%.
    About,
}

static QUALIFIER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:\b(?P<ge>over|more\s+than|above|in\s+excess\s+of|exceeding|exceeded|exceeds|at\s+least|upwards\s+of|beyond|surpass(?:ed|ing|es)?|cross(?:ed|ing|es)?)(?:\s+(?:the|a))?|\b(?P<le>under|less\s+than|below|short\s+of)(?:\s+the)?|\b(?P<near>nearly|almost|close\s+to|just\s+shy\s+of|just\s+under|just\s+below)|(?:\b(?P<ap>about|around|roughly|approximately|approx\.?|some|an\s+estimated|estimated)|(?P<tilde>~)))\s*$",
    )
});

pub(crate) fn qualifier_before(before: &str) -> Qual {
    match QUALIFIER.captures(before) {
        Some(c) if c.name("ge").is_some() => Qual::AtLeast,
        Some(c) if c.name("le").is_some() => Qual::AtMost,
        Some(c) if c.name("near").is_some() => Qual::Nearly,
        Some(_) => Qual::About,
        None => Qual::Exact,
    }
}

// "may" only in lower case: "May 2022" is the month ("lowest since May 2022,
// which was $184 million" is no projection).
static PROJECTION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:on\s+track|on\s+course|expect(?:s|ed|ing)?|projected|projects?|projections?|forecasts?|forecasted|set\s+to|poised|likely|could|would|will|(?-i:may)|might|aims?|aiming|hopes?|envisag\w*|anticipat\w*|estimated\s+to|potentially|potential\s+(?:to|of)|eyeing|eyes|can|hopefully|hoping|able\s+to|should)\b|\w['’]ll\b",
    )
});
// "Pakistan's IT minister has a $5 billion export aim for FY23" (The Truth
// International, February 2023): "aim" as a noun; the verb is the rise's.
static TARGET: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(?:target(?:s|ed)?|goal|ambition|aim)\b"));
static AT_LEAST: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:cross(?:es|ed|ing)?|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|top(?:s|ped|ping)?|over|above|beyond|more\s+than|at\s+least|in\s+excess\s+of|upwards\s+of|break(?:s|ing)?|past|hit(?:s|ting)?\s+the|cross\s+the|touch(?:es|ed|ing)?\s+the)\b|\bover\s+the\b",
    )
});
static AT_MOST: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(?:below|under|less\s+than|short\s+of|fall\s+short|stay\s+under)\b")
});

/// A bound written after its amount: "$3 billion at least", "$5 billion or more".
static AT_LEAST_AFTER: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^\s*,?\s*(?:at\s+least|or\s+more|or\s+above|plus)\b"));
static AT_MOST_AFTER: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^\s*,?\s*(?:at\s+most|or\s+less|or\s+below)\b"));

/// The bound the words right after a projected amount state ("should touch $3
/// billion at least by the end of the current financial year", ProPakistani,
/// 2021-11-06); [`projection_bound`] reads the words before it.
pub(crate) fn projection_bound_after(after: &str) -> Option<crate::extract::Bound> {
    if AT_LEAST_AFTER.is_match(after) {
        Some(crate::extract::Bound::AtLeast)
    } else if AT_MOST_AFTER.is_match(after) {
        Some(crate::extract::Bound::AtMost)
    } else {
        None
    }
}

static RANGE_JOIN: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)^\s*(?:and|to|or|-|–|—)\s*$"));

static BETWEEN: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\bbetween\s*$"));

/// True when the text before an amount ends in "between": the amount is the
/// first end of a range ("between $3 billion and $3.5 billion").
pub(crate) fn between_before(before: &str) -> bool {
    BETWEEN.is_match(before)
}

/// True when the words between two amounts make them the ends of one range.
pub(crate) fn range_join(gap: &str) -> bool {
    RANGE_JOIN.is_match(gap)
}

/// "Could merely stretch to $355 million during the period of Jul-Oct"
/// (ProPakistani, 2018-11-19): a disappointing outcome, not a forecast. Not
/// "could only", which forecasts as often ("could only reach $3.5 billion by
/// June at this pace").
static COULD_MERELY: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\bcould\s+(?:merely|barely|hardly)\b"));

/// True when `before` (the clause before an amount) is about the future.
pub(crate) fn projection_cue(before: &str) -> bool {
    PROJECTION.is_match(&COULD_MERELY.replace_all(before, " "))
}

/// Words after an amount that hand the target to the next one: "$635 million
/// against a target of $900 million" (ProPakistani, 2021-11-06).
static AGAINST_TARGET: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^\s*,?\s*(?:against|versus|vs\.?|compared\s+(?:to|with)|than)\b"));

/// A target to raise a figure from the amount that follows: "an ambitious
/// target to increase IT exports from $3.2 billion in FY2024 to $4.2 billion in
/// FY2025" (Raised by Numbers, 2024-12-18). The amount after "from" is where
/// the rise starts, a level; the one after "to" is the target.
static TARGET_RISE_FROM: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:target(?:s|ed)?|goal|ambition)\s+(?:is\s+|was\s+)?to|aim(?:s|ed|ing)?\s+to)\s+(?:increase|raise|boost|take|grow|enhance|lift|push|double|triple)\b[^$\d]{0,40}\bfrom\s*$",
    )
});

/// True when `before` ends in a target to raise a figure "from" (the amount
/// that follows is where the rise starts).
pub(crate) fn target_rise_from(before: &str) -> bool {
    TARGET_RISE_FROM.is_match(before)
}

/// The words between the two ends of "from $A (in FY2024) to $B".
static RISE_TO: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)^[^$;]{0,30}\bto\s*$"));

/// True when `gap` leads from a rise's start to its end ("in FY2024 to").
pub(crate) fn rise_to(gap: &str) -> bool {
    RISE_TO.is_match(gap)
}

/// A list of targets after a colon: "The plan sets specific goals: $15 billion
/// from IT exports, $1 billion from telecom exports, and $10 billion from
/// digitalization efforts" (Republic Policy, 2024-11-22); or after "include":
/// "has also set targets for exports of IT services for next five years which
/// include $414.389 million for 2013-14, $530.418 million for 2014-15, …"
/// (ProPakistani, 2013-11-12).
static TARGET_LIST: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:target(?:s|ed)?|goals?|ambitions?)(?:\s*:|\s[^.;:]{0,80}\b(?:which\s+)?includ(?:e|es|ing)\b)(?:[^.;:]|\.\d)*$",
    )
});

/// True when the sentence up to an amount opens a list of targets with a colon.
pub(crate) fn in_target_list(lead: &str) -> bool {
    TARGET_LIST.is_match(lead)
}

/// True when the amount is a target ("a $5 billion target", "target of $5bn").
pub(crate) fn target_cue(before: &str, after: &str) -> bool {
    let tail = &before[floor_boundary(before, before.len().saturating_sub(40))..];
    let head = &after[..ceil_boundary(after, 20.min(after.len()))];
    if TARGET_RISE_FROM.is_match(tail) {
        return false;
    }
    // A target said to be crossed before the amount is the earlier amount's
    // ("$2 billion target crossed, and total exports reached $2.123 billion").
    let own = TARGET
        .find_iter(tail)
        .any(|m| !TARGET_MET_AFTER.is_match(&tail[m.start()..]));
    // "… crossed $3.2 billion, and we aim to reach $15 billion" (TecSpectrum,
    // 2025-03-20): the verb "aim to" after an amount starts the next clause.
    let next = TARGET
        .find_iter(head)
        .any(|m| !AIM_TO.is_match(&head[m.start()..]));
    own || (next && !AGAINST_TARGET.is_match(head))
}

static AIM_TO: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)^aim(?:s|ed|ing)?\s+to\b"));

/// A target said to be met, before its amount ("surpassed the $2 billion
/// target", "achieved its target of $2 billion") or after it, in the Urdu
/// rewrite's order ("$2 billion target crossed").
static TARGET_MET_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:crossed|surpassed|exceeded|achieved|met|beat|overshot)\s+(?:the|its|their|a)\s+(?:(?:annual|yearly|set|stated)\s+)?(?:(?:target|goal)\s+of\s+)?$",
    )
});
static TARGET_MET_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:exports?\s+)?(?:target|goal)\s+(?:has\s+been\s+|was\s+)?(?:crossed|surpassed|exceeded|achieved)\b",
    )
});

/// True when the target around an amount is said to have been met.
pub(crate) fn target_met(before: &str, after: &str) -> bool {
    let tail = &before[floor_boundary(before, before.len().saturating_sub(60))..];
    let head = &after[..ceil_boundary(after, 40.min(after.len()))];
    // "has not achieved its target of", "failed to cross": no claim it was met.
    if NOT_MET.is_match(tail) || NOT_MET.is_match(head) {
        return false;
    }
    TARGET_MET_BEFORE.is_match(tail) || TARGET_MET_AFTER.is_match(head)
}

static NOT_MET: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:not|never|failed|unable|yet|could\s+not|couldn['’]t|hasn['’]t|haven['’]t|didn['’]t|نہیں)\b",
    )
});

/// The threshold a projection states ("cross $4 billion", "stay under $3
/// billion"), or none for a point forecast ("expected to reach only $2.58
/// billion", "will be $1.2 billion").
pub(crate) fn projection_bound(before: &str) -> Option<crate::extract::Bound> {
    let tail = &before[floor_boundary(before, before.len().saturating_sub(30))..];
    if AT_MOST.is_match(tail) {
        Some(crate::extract::Bound::AtMost)
    } else if AT_LEAST.is_match(tail) {
        Some(crate::extract::Bound::AtLeast)
    } else {
        None
    }
}

/// "$292 million IT exports recorded by Pakistan in September 2024" (Arab News,
/// 2025-10-20): the country is a connecting word too.
static BINDING_GAP: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^[\s,()-]*(?:(?:in|during|for|of|by|the|a|an|end|at|least|month|months|year|fiscal|till|until|through|as|on|over|basis|mom|yoy|its|it|ict|exports?|remittances|revenues?|earnings|mark|level|threshold|milestone|worth|alone|respectively|pakistan|country|recorded|registered|reported|posted|set|achieved|seen|witnessed|increase|rise|growth|jump|surge|decline|decrease|fall|drop|surplus|deficit)\b[\s,()-]*){0,8}$",
    )
});
static POSSESSIVE_GAP: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:['’]s\s+(?:(?:revised|reported|provisional|record|figure\s+of|tally\s+of|total\s+of|exports\s+of|(?:services\s+)?(?:trade\s+)?(?:deficit|surplus)\s+of)\s+)?|\s+(?:monthly\s+)?average\s+(?:(?:monthly|IT|ICT)\s+)?(?:exports?\s+)?(?:of\s+)?|\s*\(\s*)$",
    )
});
/// A comparison's marker right after a relative period: the period is a base.
static BASE_MARK: LazyLock<Regex> = LazyLock::new(|| re(r"^\s*(?:کے\s+)?(?:مقابلے|مقابلہ)"));

static REL_OFFSET: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^[\s,]*(?:(?:deficit|surplus|exports?|imports?)\s+)?(?:(?:in|during)\s+)?(?:the\s+)?(?P<what>(?:a|one)\s+year\s+(?:earlier|ago|before)|(?:same|corresponding)\s+(?:month|period|quarter|months)\s+(?:of\s+|in\s+)?(?:the\s+)?(?:last|previous|preceding|prior)\s+(?:(?:fiscal|financial)\s+year|year|FY)\b|(?:same|corresponding)\s+period\s+(?:a\s+year\s+)?(?:earlier|ago)|(?:last|previous|preceding|prior)\s+(?:fiscal\s+)?year|(?:a|one)\s+month\s+(?:earlier|ago|before)|(?:previous|preceding|prior|last)\s+month)\b",
    )
});

/// True when only connecting words stand between a number and a period after it
/// ("$286 million in July 2024", "$4 billion in IT export by the end of FY26").
pub(crate) fn binding_gap(gap: &str) -> bool {
    gap.len() <= 80 && BINDING_GAP.is_match(gap)
}

static LEAD_GAP: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^[\s,]*(?:(?:when|which|where|to|at|of|stood|stand|stands|standing|was|were|is|are|reached|reaching|clocked|in|totalled|totaled|totalling|amounted|came|it|ict|exports?|remittances|rose|grew|increased|fell|declined|dropped|surged|jumped|climbed|went|up|down|by|the|total|tally|figure|reaching|a|an|some|recorded|registered|deficit|surplus|services?|trade|as)\b['’]?[\s,]*){1,7}$",
    )
});

/// True when a period before a number owns it through a verb ("in the first
/// five months of FY26 to $1.799 billion", "1QFY26 exports stood at $1.057bn",
/// "from November 2024, when remittances stood at $310 million").
pub(crate) fn lead_gap(gap: &str) -> bool {
    gap.len() <= 60 && LEAD_GAP.is_match(gap)
}

static RATE_LEAD_GAP: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^[\s,]*(?:(?:had|has|have|already|also|seen|saw|witnessed|recorded|posted|registered|showed|an?|the|unusually|exceptionally|high|strong|sharp|robust|healthy|jump|growth|increase|rise|surge|decline|fall|drop|of|by|grew|rose|increased|fell|declined|jumped|surged|exports?|it|ict)\b[\s,]*){1,8}$",
    )
});

/// True when a period before a rate owns it through its verb and noun ("since
/// FY24 had already seen an unusually high jump of 24 percent").
pub(crate) fn rate_lead_gap(gap: &str) -> bool {
    gap.len() <= 60 && RATE_LEAD_GAP.is_match(gap)
}

/// True when a period before a number owns it ("November's $356 million", "the
/// FY23 average exports of $215 million", "since May 2022 ($184 million)").
pub(crate) fn possessive_gap(gap: &str) -> bool {
    POSSESSIVE_GAP.is_match(gap)
}

/// A relative period right after a number ("$286 million a year earlier", "the
/// $101 million deficit in the same period last year"): the offset in months and
/// where the phrase ends.
pub(crate) fn rel_offset_after(after: &str) -> Option<(i32, usize)> {
    let c = REL_OFFSET.captures(after)?;
    // A base the rate after it is taken on, not the amount's period: Urdu's
    // "$257 million، جو گزشتہ سال کے مقابلے میں 32 فیصد زیادہ" ($257 million,
    // 32 percent more compared with last year; Mashriq TV, 2024-04-02).
    if BASE_MARK.is_match(&after[c.get(0)?.end()..]) {
        return None;
    }
    let what = c.name("what")?.as_str().to_ascii_lowercase();
    let months =
        if what.contains("month") && !what.contains("same") && !what.contains("corresponding") {
            -1
        } else {
            -12
        };
    Some((months, c.get(0)?.end()))
}

static REL_LEADING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|[;,:]|\bwhile|\bwhereas)\s*(?:(?:in|during|for)\s+)?(?:the\s+)?(?P<what>(?:same|corresponding)\s+(?:month|period|quarter|months)\s+(?:of\s+|in\s+)?(?:the\s+)?(?:last|previous|preceding|prior)\s+(?:(?:fiscal|financial)\s+year|year|FY)\b|(?:same|corresponding)\s+period\s+(?:a\s+year\s+)?(?:earlier|ago)|(?:last|previous)\s+year\s*,?\s+(?:(?:he|she|they|the\s+\w+)\s+(?:said|added|noted)\s*(?:,|\s+that)\s*)?(?:for|during|in|over)\s+(?:the|a)\s+(?:same|corresponding|comparable|similar)\s+(?:period|time)|(?:last|previous)\s+year\s*,)\s*,?\s+(?:(?:[a-z]+|\p{Arabic}+|\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent))\s+){0,5}$",
    )
});

/// A relative period that opens the clause before a number ("During the same
/// period last year, exports stood at $2.18 billion"; "…; he said adding, last
/// year, for the same period the net exports were $1.274b"; Urdu "جبکہ گزشتہ
/// مالی سال کے اسی عرصے میں یہ رقم 35 کروڑ 20لاکھ ڈالر تھی", rewritten "while in
/// the same period of last fiscal year … $352 million", Express, 2026-01-20):
/// the offset in months.
pub(crate) fn rel_offset_leading(before: &str) -> Option<i32> {
    // Every form names "same", "corresponding", "last" or "previous": a cheap
    // test first, since every amount's lead is read.
    let words = ["same", "corresponding", "last", "previous"];
    let lower = before.to_ascii_lowercase();
    if !words.iter().any(|w| lower.contains(w)) {
        return None;
    }
    REL_LEADING.is_match(before).then_some(-12)
}

static REL_POSSESSIVE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:previous|last|preceding|prior)\s+(?:(?:fiscal|financial)\s+)?(?P<what>year|month)['’]s\s+(?:(?:figure|total|level|tally)\s+of\s+)?$",
    )
});

/// A relative period owning the amount right after it ("a robust 20% increase
/// from the previous year's $166 million", TechJuice, 2025-03-20): the offset
/// in months.
pub(crate) fn rel_possessive(before: &str) -> Option<i32> {
    // Every form ends in "'s" or "of": a cheap test first, since every
    // amount's lead is read.
    let t = before.trim_end();
    if !(t.ends_with("'s") || t.ends_with("’s") || t.ends_with(" of")) {
        return None;
    }
    let c = REL_POSSESSIVE.captures(before)?;
    Some(if c["what"].eq_ignore_ascii_case("month") {
        -1
    } else {
        -12
    })
}

static SHARE_OF: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:share\s+(?:of|in)|of)\s+(?:(?:the|total|all|overall|its|our|country['’]s|pakistan['’]s|national|entire)\s+)*",
    )
});

/// The words between an amount and a percentage that make the percentage the
/// amount's share (", which was", "which is", "or", ", representing",
/// "accounting for").
pub(crate) fn which_is(gap: &str) -> bool {
    gap.len() < 24
        && gap
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .all(|w| {
                matches!(
                    w.to_ascii_lowercase().as_str(),
                    "which"
                        | "is"
                        | "was"
                        | "or"
                        | "that"
                        | "are"
                        | "were"
                        | "representing"
                        | "accounting"
                        | "for"
                        | "constituting"
                )
            })
}

/// For "45% of total services exports": where the series after "of" starts.
pub(crate) fn share_of(after: &str) -> Option<usize> {
    SHARE_OF.find(after).map(|m| m.end())
}

static OF_AMOUNT: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)^\s*of\s+(?:the\s+)?(?:total\s+|overall\s+)?(?:exports?\s+(?:of\s+|worth\s+))?$")
});
static EXPORTS_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:(?:in|of|received\s+in)\s+)?(?:the\s+)?(?:total\s+|overall\s+|gross\s+)?(?:exports?|export\s+(?:remittances|proceeds)|exports?\s+proceeds)\b",
    )
});
static SHARE_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:share|shares|mix|contribution|contributes?|contributed|contributing|accounts?\s+for|accounted\s+for|constitut(?:e|es|ed|ing)|makes?\s+up|made\s+up)\b",
    )
});

static AS_SHARE_OF: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\bas\s+an?\s+(?:percentage|share|proportion|per\s?cent)\s+of\b|\b(?:percentage|proportional)\s+share\s+(?:of|in)\b",
    )
});

/// "ICT export as a percentage of total export was however up to 7.4 percent
/// versus 6.6 percent in FY22" (Business Recorder, 2023-07): where the words
/// that make the percentages after them shares end, if `before` has them.
pub(crate) fn as_share_of(before: &str) -> Option<usize> {
    AS_SHARE_OF.find_iter(before).last().map(|m| m.end())
}

/// For "which is 74.65 percent of US$ 1.302 billion" or "74.72 percent of total
/// exports of $1.507 billion": true when the words between a percentage and an
/// amount make the amount the share's total.
pub(crate) fn of_amount(gap: &str) -> bool {
    OF_AMOUNT.is_match(gap)
}

static PER_UNIT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:/\s*|per\s+|a\s+|each\s+|every\s+)(?:working\s+|business\s+)?(?P<u>day|week|hour|employee|worker|freelancer|person|head|capita|company|firm|developer|engineer|graduate|professional|startup)s?\b",
    )
});
static PER_UNIT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:daily|per[-\s](?P<u>day|capita|head|employee|worker|freelancer|company|firm)|average\s+(?:daily|per\s+day))\s+(?:average\s+)?(?:of\s+|at\s+|around\s+|about\s+|nearly\s+)*$|\bper[-\s](?P<v>day|capita|head|employee|worker|freelancer|company|firm)\b[^$\d.;]{0,40}\b(?:stood\s+at|stands\s+at|(?:was|were)(?:\s+(?:recorded|reported|registered))?(?:\s+at)?|remained|averaged|came\s+(?:in\s+)?at)\s+(?:about\s+|around\s+|nearly\s+)?$",
    )
});

/// True when an amount is a figure per day, per worker or per firm ("$10.7
/// million/day", "a daily average of $10.7 million", "$5,000 per freelancer"):
/// a quotient the store's monthly totals do not hold. The unit, singular.
pub(crate) fn per_unit(before: &str, after: &str) -> Option<String> {
    let tail = &before[floor_boundary(before, before.len().saturating_sub(50))..];
    let c = PER_UNIT_AFTER
        .captures(after)
        .or_else(|| PER_UNIT_BEFORE.captures(tail))?;
    // "Export proceeds per day for July stood at $15.4m" (Dawn, 2025-08),
    // "Per-day export proceeds were recorded at $15.4m" (Dawn, 2024-12-18):
    // the unit may stand a few words before the verb.
    Some(match c.name("u").or_else(|| c.name("v")) {
        Some(u) => u.as_str().to_lowercase(),
        None => "day".to_string(),
    })
}

static CAGR_WORDS: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(?:CAGR|compound(?:ed)?\s+annual(?:\s+average)?\s+growth)\b"));
/// "5, 10, and 15 year", "five-year": the years of a compound rate, before it.
static YEARS_LIST: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?P<list>(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)(?:\s*,\s*(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty))*(?:\s*,?\s*(?:and|&)\s*(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty))?)[- ]years?\b",
    )
});
/// "over the last five years", "in 10 years".
static OVER_YEARS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:over|in|during|for|across)\s+(?:the\s+)?(?:last|past|previous|preceding)?\s*(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)\s+years\b",
    )
});
static YEARS_SPLIT: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\s*,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*"));

/// The years of "in the last three years", "over the past five years" at the
/// start of `after` (up to its clause's end): how far back a multiple reaches
/// ("ICT exports have doubled in the last three years", PhoneWorld,
/// 2022-10-10). Only a span back from now: "in five years" ahead is a plan.
pub(crate) fn years_back(after: &str) -> Option<u8> {
    let head = &after[..floor_boundary(after, after.len().min(60))];
    let c = OVER_YEARS.captures(head)?;
    let all = c.get(0)?.as_str().to_ascii_lowercase();
    if !["last", "past", "previous", "preceding"]
        .iter()
        .any(|w| all.contains(w))
    {
        return None;
    }
    years_word(c.name("n")?.as_str())
}

/// A number of years, in digits or a word ("five", "fifteen"), two to thirty.
fn years_word(w: &str) -> Option<u8> {
    let n = super::number_word(w).or_else(|| w.parse().ok())?;
    (2.0..=30.0).contains(&n).then_some(n as u8)
}

/// The years of the `order()`-th compound annual growth rate of a sentence (0
/// the first; counted only for a list of years): the one number of years the sentence gives, or its place in a
/// list of them ("5, 10, and 15 year CAGR of 19.5, 12.5 and 16.3 percent").
/// None when the sentence names no compound annual rate or no years.
pub(crate) fn cagr_years(sentence: &str, order: impl FnOnce() -> usize) -> Option<u8> {
    CAGR_WORDS.find(sentence)?;
    let list: Vec<u8> = match YEARS_LIST.captures(sentence) {
        Some(c) => YEARS_SPLIT
            .split(c.name("list")?.as_str())
            .map(|w| years_word(w.trim()))
            .collect::<Option<Vec<u8>>>()?,
        None => vec![years_word(
            OVER_YEARS.captures(sentence)?.name("n")?.as_str(),
        )?],
    };
    match list.as_slice() {
        [one] => Some(*one),
        many => many.get(order()).copied(),
    }
}

static AVERAGE_WORD: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\baverag(?:e|es|ed|ing)\b"));
static YOY_WORD: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(?:YoY|year[- ]on[- ]year|year[- ]over[- ]year)\b"));

/// True when a sentence speaks of an average of year-on-year rates ("YoY
/// growth averaging 3%", "average 32% YoY growth").
pub(crate) fn mean_of_yoy(sentence: &str) -> bool {
    AVERAGE_WORD.is_match(sentence) && YOY_WORD.is_match(sentence) && !CAGR_WORDS.is_match(sentence)
}

static MULTI_YEAR_RATE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:CAGR|compound(?:ed)?\s+(?:annual\s+|average\s+)*growth|average\s+(?:annual\s+|yearly\s+)?growth|annual(?:ly)?\s+average\s+growth|annuali[sz]ed\s+growth|growth\s+averag(?:ing|ed)|averag(?:ing|ed)\s+(?:an?\s+)?(?:annual\s+|yearly\s+)?growth)\b",
    )
});

/// True when a rate is a growth rate over several years or an average of
/// rates ("5, 10, and 15 year compound annual growth rate (CAGR) of 19.5
/// percent, 12.5 percent, and 16.3 percent", The News, 2023-07-22; "growth
/// averaging 6%"): not one period's growth on another's.
pub(crate) fn multi_year_rate(before: &str, after: &str) -> bool {
    let tail = &before[floor_boundary(before, before.len().saturating_sub(120))..];
    let head = &after[..floor_boundary(after, after.len().min(40))];
    // "over 25% annual growth over the last five years" (Gofad, 2024-12): a
    // rate a year, over years.
    let yearly = PER_YEAR_AFTER.is_match(head) || PER_YEAR_BEFORE.is_match(tail);
    let years = &after[..floor_boundary(after, after.len().min(80))];
    MULTI_YEAR_RATE.is_match(tail)
        || MULTI_YEAR_RATE.is_match(head)
        || (yearly && (OVER_YEARS.is_match(years) || OVER_YEARS.is_match(tail)))
}

/// "25% annual growth", "20 percent a year", "growing 30% per annum".
static PER_YEAR_AFTER: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^\s*(?:annual(?:ly)?|yearly|a\s+year|per\s+(?:year|annum))\b"));
/// "annual growth of 25%", "an annual growth rate of over".
static PER_YEAR_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:annual|yearly)\s+(?:growth|increase|rise)(?:\s+rate)?\s+(?:of\s+)?(?:(?:over|more\s+than|about|around|nearly|almost|some)\s+)?$",
    )
});

static DAYS_OR_WEEKS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:last|past|previous|recent)\s+(?:\d{1,3}|few|two|three|four|six|sixty|thirty|ninety)\s+(?:days|weeks)\b",
    )
});

/// True when `text` names a run of days or weeks ("in the last 30 days"), which
/// monthly figures cannot give.
pub(crate) fn days_or_weeks(text: &str) -> bool {
    DAYS_OR_WEEKS.is_match(text)
}

/// True when the words right after a total amount say it is an amount of
/// exports ("of US$ 1.302 billion in exports").
pub(crate) fn exports_after(after: &str) -> bool {
    EXPORTS_AFTER.is_match(after)
}

/// True when `text` speaks of a share ("the share of telecom and computer
/// services stood at 19 percent", "IT exports accounted for 10 percent").
pub(crate) fn share_words(text: &str) -> bool {
    SHARE_WORDS.is_match(text)
}

/// Where the first word of a share ends in `text` ("share", "contribution"):
/// only the nouns, not "accounts for", whose figure is the share itself.
pub(crate) fn share_word_end(text: &str) -> Option<usize> {
    SHARE_NOUN.find(text).map(|m| m.end())
}

static SHARE_NOUN: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\b(?:share|contribution)\b"));

static BASE_PHRASE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:\b(?:compared|in\s+comparison)\s+(?:to|with)|\bfrom|\bover|\bagainst|\bthan|\bversus|\bvs\.?|\bv/s|\bsince|(?:%|\bper\s?cent|\bpercent|\bpc)\s+on)\s+(?:(?:the|a|an|its|level\s+of|figure\s+(?:of|for)|exports\s+(?:of|in))\s+|(?:previous|preceding|last)\s+(?:month|year)\s*\(\s*|(?:corresponding|same)\s+(?:period|months?)\s*,\s*)*$",
    )
});

static SAME_PERIOD_BRACKET: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(?:same|corresponding)\s+(?:period|months?|quarter)\b[^.;()]{0,48}\(\s*$")
});

/// True when `before` ends in a bracket opened after "the corresponding
/// period", which names the base's own months: "the corresponding period
/// (2MFY21)", "during the corresponding period of fiscal year 2020-21 (2MFY21)"
/// (Profit, 2021-10-24).
pub(crate) fn same_period_before(before: &str) -> bool {
    SAME_PERIOD_BRACKET.is_match(before)
}

/// True when `before` ends with a word that makes the period after it the base
/// of a comparison ("compared to June", "over the same period of FY25", "in
/// comparison to the previous month (July 2024)", "up 23.8% on July 2024",
/// "compared to the corresponding period, July-March, 2019-20").
pub(crate) fn base_phrase_before(before: &str) -> bool {
    BASE_PHRASE.is_match(before)
}

static WITNESSED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s*,?\s*(?:that|which|when(?:\s+\w+)?)\s+(?:had\s+|also\s+)?(?:witnessed|saw|recorded|posted|registered|marked|achieved|set|hit)\s+(?:the\s+|an?\s+|its\s+)?$",
    )
});

/// The words between a period and a record phrase that make the record the
/// period's ("11MFY22 that witnessed highest ever ICT exports").
pub(crate) fn witnessed_gap(gap: &str) -> bool {
    WITNESSED.is_match(gap)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Dawn, 2024-12-18: "IT exports during 5MFY25 swelled by 33pc to $1.53bn"
    /// (the rate had gone unread); the press's other verbs of a rise and a fall.
    #[test]
    fn verbs_of_a_rise_and_a_fall() {
        for before in [
            "IT exports during 5MFY25 swelled by ",
            "exports skyrocketed ",
            "exports leapt ",
        ] {
            assert_eq!(direction(before, ""), Some(Dir::Up), "{before}");
        }
        for before in ["services imports slipped ", "exports tumbled "] {
            assert_eq!(direction(before, ""), Some(Dir::Down), "{before}");
        }
    }
}
