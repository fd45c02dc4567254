//! Money amounts: levels, comparison bases, targets and projections.

use super::shares::exports_total;
use super::*;

impl Sentence<'_> {
    /// The sentence's amounts.
    pub(super) fn amount_claims(
        &self,
        text: &str,
        story: Option<Span>,
        own_main: bool,
        ctx: &SeriesContext<'_>,
        claimed_bases: &HashMap<usize, Span>,
        out: &mut Vec<Draft>,
    ) {
        let mut last_per: Option<String> = None;
        for (i, a) in self.amounts.iter().enumerate() {
            // "… 75.07pc of US $ 1.689bn in exports": the words after the amount
            // name its series, the story's gross exports, whatever the sentence
            // named before it ("the net exports … were").
            // "… accounting for 74.72 percent of total exports of $1.507
            // billion" (PkTopWeb, 2022-04-23): a share's total named as exports
            // is gross exports too.
            let total_of_exports = self.pcts.iter().any(|p| {
                p.end <= a.amount.start && exports_total(slice(text, p.end, a.amount.start))
            });
            let named_after = (total_of_exports
                || scan::exports_after(slice(text, a.amount.end, self.end)))
            .then(|| {
                let near = self
                    .series
                    .iter()
                    .find(|m| m.start >= a.amount.end && m.start - a.amount.end <= 40);
                near.map(|m| m.key.clone()).or_else(|| ctx.gross_exports())
            })
            .flatten();
            let Some(series) =
                named_after.or_else(|| ctx.at(text, a.amount.start, a.amount.end, None))
            else {
                out.extend(self.untracked(
                    text,
                    a.amount.start,
                    a.amount.end,
                    Some(a.amount.value),
                    Kind::Amount,
                ));
                continue;
            };
            let mut am = a.amount;
            let mut negated = false;
            // A balance stated as a deficit is a negative net figure.
            if series.flow() == Some(itx_types::Flow::Net)
                && (DEFICIT.is_match(tail(slice(text, self.start, am.start), 60))
                    // After its amount only the services balance, the one in
                    // deficit ("the $342 million deficit"); net ICT exports are
                    // a surplus, and a current account deficit another balance.
                    || (series.as_str() == vocab::SERVICES_NET
                        && (DEFICIT_AFTER.is_match(slice(text, am.end, self.end))
                            || deficit_before(slice(text, self.start, am.start)))))
            {
                am.value = -am.value;
                negated = true;
            }
            let span = a.span.or_else(|| claimed_bases.get(&i).copied());
            // The base of a figure per day is one too ("per-day export
            // proceeds were recorded at $15.4m for November versus $14.3m for
            // October", Dawn, 2024-12-18).
            let per = scan::per_unit(
                slice(text, self.start, am.start),
                slice(text, am.end, self.end),
            )
            .or_else(|| {
                (a.kind == Kind::Comparison)
                    .then(|| last_per.clone())
                    .flatten()
            });
            last_per.clone_from(&per);
            let what = if let Some(unit) = per {
                What::NotJudged {
                    value: Some(am.value),
                    why: format!(
                        "a figure per {unit}; the store holds totals for months and years, not figures per {unit}"
                    ),
                }
            } else {
                match a.kind {
                    Kind::Target => What::Target { value: am.value },
                    Kind::Projection => What::Projection {
                        value: am.value,
                        half: am.half,
                        bound: self.projection_bound(text, am.start, am.end),
                        range: am.range,
                    },
                    _ => {
                        let qual = if a.met {
                            Qual::AtLeast
                        } else {
                            self.between_ends(text, i).unwrap_or_else(|| {
                                scan::qualifier_before(tail(slice(text, self.start, am.start), 30))
                            })
                        };
                        // A deficit of more than $5.4bn is net exports below
                        // -$5.4bn (Invest.pk, 2023-05-22).
                        let qual = match (negated, qual) {
                            (true, Qual::AtLeast) => Qual::AtMost,
                            (true, Qual::AtMost) => Qual::AtLeast,
                            (_, q) => q,
                        };
                        // SBP prints a month to the million, and a month's figure
                        // written to the million claims that precision: "a trade
                        // services deficit of $200 million in November 2024" (HUM
                        // News, 2025-01-17) is not "about $200 million". Hundreds
                        // of millions stay round for runs of months and for hedges.
                        let half = if qual == Qual::Exact
                            && span.is_some_and(|s| s.months == 1)
                            && round_hundred_written(slice(text, am.start, am.end))
                        {
                            0.5
                        } else {
                            am.half
                        };
                        What::Level {
                            value: am.value,
                            half,
                            unit_assumed: am.unit_assumed,
                            qual,
                            guesses: match (span, story) {
                                (None, Some(t)) if t.months == 1 => vec![t.shift(-1), t.shift(-12)],
                                (None, Some(t)) => vec![t.shift(-12)],
                                // A story that names no period at all is about what
                                // was out on its date: the fiscal year to date, the
                                // last whole fiscal year, the latest month ("IT
                                // exports crossed $2 billion for the first time", a
                                // week after FY2020-21 closed).
                                (None, None) => self
                                    .latest
                                    .map(|l| {
                                        let ytd = Span::to_date(l.last());
                                        let last_fy =
                                            Span::of_fiscal_year(ytd.fiscal_year().prev());
                                        let mut g = vec![ytd, last_fy, l];
                                        g.dedup();
                                        g
                                    })
                                    .unwrap_or_default(),
                                _ => vec![],
                            },
                        }
                    }
                }
            };
            let mut d = Draft::new(
                am.start,
                am.end,
                a.kind,
                Some(series),
                span,
                a.bound.is_some() || a.rel.is_some() || own_main,
                what,
            );
            d.rupees = am.currency == Currency::Rupee;
            d.listed = a.listed;
            out.push(d);
        }
    }

    /// The bound an amount is as one end of "between $3 billion and $3.5
    /// billion": the first end a lower bound, the second an upper one.
    fn between_ends(&self, text: &str, i: usize) -> Option<Qual> {
        let joined = |a: &AmountInfo, b: &AmountInfo| {
            scan::range_join(slice(text, a.amount.end, b.amount.start))
                && scan::between_before(tail(slice(text, self.start, a.amount.start), 20))
        };
        let this = self.amounts.get(i)?;
        if self
            .amounts
            .get(i + 1)
            .is_some_and(|next| joined(this, next))
        {
            Some(Qual::AtLeast)
        } else if i > 0 && joined(&self.amounts[i - 1], this) {
            Some(Qual::AtMost)
        } else {
            None
        }
    }

    /// "Grew month-over-month (October to November) from $151 million to $168
    /// million" (TechJuice, 2020-12-24): in a sentence about month-on-month
    /// change, the two ends of "from … to …" over a two-month span are its two
    /// months, not both the span's total.
    pub(super) fn month_on_month_ends(&mut self, text: &str) {
        if !scan::says_month_on_month(slice(text, self.start, self.end)) {
            return;
        }
        for i in 1..self.amounts.len() {
            let (a, b) = (&self.amounts[i - 1], &self.amounts[i]);
            let Some(both) = b.span.filter(|s| s.months == 2) else {
                continue;
            };
            let from = tail(slice(text, self.start, a.amount.start), 8)
                .trim_end()
                .to_ascii_lowercase()
                .ends_with("from");
            let to = slice(text, a.amount.end, b.amount.start).trim() == "to";
            if from && to && a.span.is_none_or(|s| s == both) {
                self.amounts[i - 1].span = Some(Span::month(both.first));
                self.amounts[i].span = Some(Span::month(both.last()));
            }
        }
    }
}

/// A whole number of hundreds of millions ("from $300 million in 1QFY20 to more
/// than $1.1 billion in 1QFY26") is rounded to the hundred, as the press rounds
/// long-run figures, unless a figure beside it in the sentence is stated to the
/// million ("from $196 million to $200 million"): then it is exact too.
pub(super) fn round_hundreds(amounts: &mut [Amount]) {
    let to_the_million =
        |a: &Amount| a.half < 5.0 && a.value.fract() == 0.0 && a.value % 10.0 != 0.0;
    if amounts.iter().any(to_the_million) {
        return;
    }
    for a in amounts.iter_mut() {
        if a.half == 0.5 && a.value >= 100.0 && a.value % 100.0 == 0.0 {
            a.half = 50.0;
        }
    }
}

/// A whole number of hundreds written to the million ("$200 million", not
/// "$0.2 billion"), which [`round_hundreds`] reads to the hundred.
fn round_hundred_written(written: &str) -> bool {
    let digits: String = written
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(|c| c.is_ascii_digit() || *c == ',')
        .filter(char::is_ascii_digit)
        .collect();
    let after = written
        .trim_start_matches(|c: char| !c.is_ascii_digit())
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == ',');
    digits.len() == 3 && digits.ends_with("00") && !after.starts_with('.')
}

/// "… had a trade deficit of", "the deficit in services stood at", "the deficit
/// widened by 12% to" just before an amount, or in Urdu's order "خسارہ 34.9 فیصد
/// کمی سے" (the deficit, down 34.9%, at): the amount is the deficit's size.
/// A deficit named right after its amount: "the $342 million deficit recorded
/// in May 2023" (Startup Pakistan via World Pakistan, June 2024).
static DEFICIT_AFTER: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| scan::re(r"(?i)^\s*(?:(?:trade|services?)\s+)*deficits?\b"));

/// True when the words before an amount of the services balance speak of its
/// deficit, and of no surplus since: "The trade deficit in services ballooned
/// 105.7 percent to $5.175 billion in FY22 from $2.516 billion in FY21" (The
/// News, 2022-08-03). Pakistan's services balance has been in deficit in every
/// year the store holds, so "deficit" anywhere in the clause is its size.
fn deficit_before(before: &str) -> bool {
    let lower = before.to_lowercase();
    lower
        .rfind("deficit")
        .is_some_and(|at| !lower[at..].contains("surplus"))
}

static DEFICIT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    scan::re(
        r"(?i)\bdeficit(?:\s+(?:in|of|on)\s+(?:the\s+)?services(?:\s+(?:trade|sector|account))?)?\s+(?:of\s+|at\s+|was\s+|were\s+|is\s+|stood\s+at\s+|remained\s+(?:at\s+)?|reached\s+|amounted\s+to\s+|totall?ed\s+|(?:widened|narrowed|rose|fell|increased|decreased|declined|grew|shrank|swelled)\s+(?:(?:by\s+)?[\d.,]+\s*(?:%|percent|per\s*cent|pc)\s+)?to\s+|[\d.,]+\s*(?:%|percent)\s+(?:decrease|increase|higher|lower)\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?(?:us\s*)?$",
    )
});
