//! The declared vocabulary: which words name which series.
//!
//! The press calls SBP's EBOPS item 9 (telecommunications, computer and
//! information services) "IT exports", "IT & ITeS exports", "ICT export
//! remittances" and more (data/press/SOURCES.md, "Key definitional finding"), and
//! names its sub-items ("computer services", "software consultancy", "call
//! centres", "freelance") separately. Every phrase the checker understands is one
//! row of [`VOCABULARY`], mapped to an alias of [`itx_types::ALIASES`], so the
//! mapping from words to series is one table rather than string matches spread
//! through the code.

use std::sync::LazyLock;

use itx_types::{Flow, SeriesKey};
use regex::Regex;

mod find;
mod refs;
pub(crate) use find::find;
pub(crate) use refs::*;

/// One phrase family and the series it names.
#[derive(Debug, Clone, Copy)]
pub struct Term {
    /// A regular expression (matched case-insensitively; `IT`, `ICT` and `ITeS`
    /// are matched case-sensitively so that the pronoun "it" is not a series).
    pub pattern: &'static str,
    /// An alias from [`itx_types::ALIASES`].
    pub alias: &'static str,
    /// Why the phrase means that series.
    pub note: &'static str,
}

/// Phrases in priority order: where two rows match at the same place, the
/// earlier row wins, so specific phrases ("net IT exports", "software
/// consultancy") come before the general ones ("IT exports", "services exports").
pub const VOCABULARY: &[Term] = &[
    // Other countries first: "India's IT exports" is not Pakistan's.
    Term {
        pattern: r"\b(?:India['’]s|Indian)\s+(?:(?-i:IT|ICT)(?:\s*(?:&|and|-)\s*(?-i:ITeS|ITES|BPM|BPO))?|information\s+technology|tech(?:nology)?)\s+(?:services\s+|sector['’]?s?\s+|industry['’]?s?\s+)?(?:exports?|export\s+(?:earnings|receipts|revenues?)|receipts|earnings)\b",
        alias: "india-ict",
        note: "India's IT exports: the RBI's EBOPS item 9 (data/peers/SOURCES.md)",
    },
    Term {
        pattern: r"\b(?:India['’]s|Indian)\s+(?:software(?:\s+services)?|computer\s+services)\s+exports?\b",
        alias: "india-computer",
        note: "India's software exports: the RBI's software services, EBOPS 9.2",
    },
    Term {
        pattern: r"\b(?:India['’]s|Indian)\s+services\s+exports?\b",
        alias: "india-services",
        note: "India's services exports (RBI)",
    },
    Term {
        pattern: r"\b(?:Bangladesh(?:['’]s|i)?)\s+(?:(?-i:IT|ICT)(?:\s*(?:&|and|-)\s*(?-i:ITeS|ITES))?|software|tech(?:nology)?|information\s+technology|digital)\s+(?:services\s+|sector['’]?s?\s+|industry['’]?s?\s+)?(?:exports?|export\s+(?:earnings|income|revenues?)|earnings)\b",
        alias: "bangladesh-ict",
        note: "Bangladesh's IT exports: no official EBOPS item-9 figure (itx_types::peers)",
    },
    Term {
        pattern: r"\b(?:Vietnam(?:['’]s|ese)?|Viet\s+Nam['’]?s?)\s+(?:(?-i:IT|ICT)|software|tech(?:nology)?|information\s+technology|digital)\s+(?:services\s+|sector['’]?s?\s+|industry['’]?s?\s+)?(?:exports?|export\s+(?:earnings|revenues?)|revenues?|earnings)\b",
        alias: "vietnam-ict",
        note: "Vietnam's IT exports: no official computer-services line (itx_types::peers)",
    },
    Term {
        pattern: r"\b(?:(?:the\s+)?Philippines['’]?|Philippine|Filipino)\s+(?:(?-i:IT|ICT)(?:\s*(?:&|and|-)\s*(?-i:BPM|BPO))?|(?-i:IT-BPM)|software|tech(?:nology)?|BPO|outsourcing)\s+(?:services\s+|sector['’]?s?\s+|industry['’]?s?\s+)?(?:exports?|export\s+(?:earnings|revenues?)|revenues?|earnings)\b",
        alias: "philippines-ict",
        note: "the Philippines' IT-BPM revenues: a wider aggregate than EBOPS item 9 (itx_types::peers)",
    },
    Term {
        pattern: r"\b(?:(?-i:ICT|IT)|information\s+and\s+communications?\s+technology)\s*(?:\(\s*(?-i:ICT)\s*\)\s*)?(?:[,،]\s*computer\s*[,،]?\s*)?(?:and|&)\s*telecom(?:munications?)?\s+(?:services?|exports?)\b",
        alias: "ict",
        note: "\"ICT and telecom services\", \"IT, computer and telecom services\" name the whole of EBOPS item 9 (telecom is part of it)",
    },
    Term {
        pattern: r"\bnet\s+(?-i:IT|ICT)(?:\s*(?:&|and)\s*(?-i:ITeS|ITES)|\s+and\s+IT[- ]enabled\s+services|[- ]only)?\s+(?:services\s+)?exports?\b",
        alias: "ict-net",
        note: "exports minus imports of the same ICT group (SOURCES.md, net IT exports)",
    },
    Term {
        pattern: r"\b(?-i:IT|ICT)(?:\s*(?:&|and)\s*(?-i:ITeS|ITES))?\s+(?:industry['’]?s?\s+)?trade\s+surplus\b",
        alias: "ict-net",
        note: "MoITT's \"trade surplus of the IT & ITeS industry\" is net exports (SOURCES.md)",
    },
    Term {
        // "the net exports related to the IT sector only" (Dawn, 2022-04-24).
        pattern: r"\bnet\s+exports?\s+(?:of|from|by|related\s+to)\s+(?:the\s+)?(?-i:IT|ICT)\b(?:\s+(?:sector|industry))?(?:\s+only)?",
        alias: "ict-net",
        note: "net exports of the ICT group",
    },
    Term {
        // In a story about IT exports, "net exports" and "the trade surplus" are
        // the sector's (the general ones are goods' or the country's, which such
        // a story names as "trade deficit", "current account").
        // "Net (exports minus imports) IT exports … increased by 15 percent" (The
        // News, 2023-07-22).
        pattern: r"\b(?:net\s+exports?|trade\s+surplus|net\s+of\s+imports|(?:this|that|the|its|year['’]s)\s+surplus)\b|\bnet\s*\(\s*exports?\s+(?:minus|less)\s+imports?\s*\)(?:\s+(?-i:IT|ICT))?(?:\s+exports?\b)?",
        alias: "ict-net",
        note: "net exports in a story about IT exports: exports minus imports of the ICT group",
    },
    Term {
        // "IT imports fell 9 percent", "ICT services imports", "the IT-related imports
        // showed a decline" (TechJuice, 2018-11-21; Urdu "آئی ٹی درآمدات"), "the size
        // of imports in the ICT and telecom industry" (PhoneWorld, 2021-06-28).
        pattern: r"\b(?-i:IT|ICT)(?:\s*(?:&|and)\s*(?-i:ITeS|ITES))?(?:[- ]related)?\s+(?:services\s+)?imports?\b|\bimports?\s+(?:in|of)\s+(?:the\s+)?(?-i:IT|ICT)(?:\s+and\s+telecom)?\s+(?:industry|sector)\b",
        alias: "ict-imports",
        note: "imports of the ICT group: EBOPS item 9's debit side",
    },
    Term {
        // "a 23.8pc rise in telecom, computer, and information exports" (AFN,
        // August 2025): the short "telecom" and "exports" for "services".
        // "the telecommunications, computers, and information services sector"
        // (HUM English, 2023-10-20).
        pattern: r"\btelecom(?:munications?)?\s*,?\s+computers?\s*,?\s+(?:and|&)\s+information(?:\s+technology)?\s+(?:services|exports?)\b",
        alias: "ict",
        note: "SBP's own name for EBOPS item 9",
    },
    Term {
        // "exports of knowledge-based services, primarily related to
        // information, computers and telecommunication (ICT) have grown" (Arab
        // News, 2021-07-20): the three lines named, with the acronym after them.
        pattern: r"\b(?:information|computers?|telecom(?:munications?)?)\s*,\s*(?:information|computers?|telecom(?:munications?)?)\s*,?\s+(?:and|&)\s+(?:information|computers?|telecom(?:munications?)?)(?:\s+(?:services|technology))?\s*\(\s*(?-i:ICT)\s*\)",
        alias: "ict",
        note: "EBOPS item 9's three lines, named with their acronym",
    },
    Term {
        // "ICTs services exports register 14.5pc growth" (Business Recorder,
        // 2017-10-18); "IT products and services exports" (The Biz Update, Urdu,
        // 2024-01-18).
        pattern: r"\b(?-i:IT|ICTs?)\)?(?:\s+products\s+(?:and|&))?(?:\s*(?:&|and|/)\s*(?:(?-i:ITeS|ITES)|IT[- ]enabled\s+services)(?:\s*\(\s*(?-i:ITeS|ITES)\s*\))?)?(?:[- ]related)?\s+(?:services?\s+)?(?:export\s+)?(?:exports?|remittances|earnings|proceeds|receipts)\b",
        alias: "ict",
        note: "the press's headline \"IT exports\" / \"IT & ITeS export remittances\" is EBOPS item 9 (SOURCES.md, key definitional finding)",
    },
    Term {
        pattern: r"\bexports?\s+of\s+(?-i:IT|ICT)\b(?:\s*(?:&|and)\s*(?:(?-i:ITeS)|IT[- ]enabled|telecom(?:munications?)?))?(?:\s+services)?",
        alias: "ict",
        note: "\"exports of IT and IT-enabled services\" is the same headline",
    },
    Term {
        // Freelancers listed with IT and ITeS are a part of the headline: "Pakistan's
        // IT, IT-enabled services (ITeS), and freelancers' exports soared to a
        // record $3.8 billion" (Business Recorder via daily8.com, July 2025: SBP's
        // FY2024-25 total, 3,814).
        pattern: r"\b(?-i:IT)\s*,\s*(?:IT[- ]enabled\s+services|(?-i:ITeS))(?:\s*\(\s*(?-i:ITeS)\s*\))?\s*,?\s*(?:and|&)\s+freelancers?['’]?\s+(?:exports?|earnings|remittances|services)\b",
        alias: "ict",
        note: "\"IT, ITeS and freelancers' exports\": the headline, of which freelancers are a part",
    },
    Term {
        // "the export receipts through IT and IT-enabled services … stood at
        // $1.512 billion" (BOL News, 2021-04-26).
        // "the Information Telecommunication (IT) and IT-enabled Services (ITeS)
        // sector" (TechJuice, 2020-12-24): the acronym may close a bracket.
        pattern: r"\b(?-i:IT|ICT)\)?\s*(?:&|and|/)\s*(?:(?-i:ITeS|ITES)|IT[- ]enabled\s+services)(?:\s*\(\s*(?-i:ITeS|ITES)\s*\))?",
        alias: "ict",
        note: "\"IT and IT-enabled services\" on its own names the same headline",
    },
    Term {
        // "Pakistan Earns $635 Million by Exporting the Information Technology
        // Services" (a headline of 2021-11): the services named by their
        // export.
        pattern: r"\binformation\s+technology\s+(?:\((?-i:IT)\)\s+)?(?:and\s+IT[- ]enabled\s+services\s+)?(?:exports?|industry|sector)\b|\bexport(?:ing|s|ed)?\s+(?:of\s+)?(?:the\s+)?information\s+technology\s+services\b",
        alias: "ict",
        note: "spelt-out form of the headline",
    },
    Term {
        pattern: r"\b(?-i:IT|ICT)(?:\s*(?:&|and)\s*(?-i:ITeS))?\s+(?:industry|sector)\b",
        alias: "ict",
        note: "stories about the sector quote the headline export figure",
    },
    Term {
        pattern: r"\b(?:(?-i:ITeS|ITES)|IT[- ]enabled\s+services)\s+(?:export\s+)?(?:exports?['’]?|remittances|earnings|proceeds)\b",
        alias: "ict",
        note: "\"ITeS exports\" on its own: the Pakistani press uses it for the same headline total (corpus: propakistani 2024-03-19)",
    },
    Term {
        // "The exports of Information and Communication Technology (ICT)
        // services and related sectors" (Business Recorder, 2017-10-18).
        pattern: r"\b(?-i:IT|ICT)\)?\s+services\b",
        alias: "ict",
        note: "\"IT services\" on its own: the same headline (\"$3.14 billion came from IT services alone\")",
    },
    Term {
        // "Technology services exports from Pakistan continued their momentum
        // … rocketing up 69% to $179 million" (Riaz Haq, reposted on
        // Defence.pk, 2021-03-24): not all services.
        pattern: r"\btech(?:nology)?\s+(?:services\s+)?exports?\b",
        alias: "ict",
        note: "\"tech exports\", \"technology services exports\" quote the same headline",
    },
    Term {
        pattern: r"\b(?:exports?\s+of\s+)?computer\s+software(?:[- ]related\s+services)?(?:\s+exports?)?\b",
        alias: "software",
        note: "EBOPS 9.2.4, export of computer software",
    },
    Term {
        // "Software exports" (Urdu "سافٹ ویئر کی برآمدات", Jasarat, 2019-10-04):
        // the press means its own line, never the headline (issue 11); "Pakistan
        // Software Export Board" is no series (`find_all` drops it).
        pattern: r"\bsoftware\s+(?:کی\s+)?(?:services\s+)?exports?\b",
        alias: "software",
        note: "\"software exports\": read as computer software, EBOPS 9.2.4",
    },
    Term {
        pattern: r"\bsoftware\s+consult(?:ancy|ing)(?:\s+services)?\b",
        alias: "software-consultancy",
        note: "EBOPS 9.2.2, a sub-item of computer services",
    },
    Term {
        pattern: r"\bfreelanc\w*",
        alias: "freelance",
        note: "EBOPS 9.2.5, freelance computer and information services",
    },
    Term {
        pattern: r"\bcall[- ]cent(?:re|er)s?(?:\s+services)?\b",
        alias: "call-centres",
        note: "EBOPS 9.1.1, a sub-item of telecommunication services",
    },
    Term {
        pattern: r"\bcomputer\s+services\b",
        alias: "computer",
        note: "EBOPS 9.2, the largest part of item 9 but not all of it",
    },
    Term {
        // Also "the telecom exports during FY23 were down by over three percent"
        // (Business Recorder, 2023-07), and a rate "in telecom" ("helped by 51
        // percent MoM increase in telecom and 8 percent in computer services",
        // The News, 2023-04-21), but not "telecom, computer and information".
        pattern: r"\btelecom(?:munications?)?\s+(?:services(?:\s+exports?)?|exports?)\b|\b(?:increase|rise|growth|jump|surge|decline|decrease|fall|drop)\s+in\s+telecom(?:munications?)?\b(?:\s+(?:sector|industry)\b)?(?:[^,\w]|$)",
        alias: "telecom",
        note: "EBOPS 9.1",
    },
    Term {
        pattern: r"\binformation\s+services\b",
        alias: "information",
        note: "EBOPS 9.3",
    },
    Term {
        // "with 'Other Business Services' trailing at $1.550 billion" (The
        // Nation, 2024-12-19): the other lines of the services account are their
        // own series, never the headline.
        pattern: r"\bother\s+business\s+services\b",
        alias: "pk.ebops.10.credit",
        note: "EBOPS 10, other business services",
    },
    Term {
        // "The transport sector also showed a healthy growth of 17%" (Nukta,
        // 2024-12-18), in a story about the services account's lines.
        pattern: r"\btransport(?:ation)?\s+(?:services|sector)\b",
        alias: "pk.ebops.3.credit",
        note: "EBOPS 3, transport",
    },
    Term {
        pattern: r"\btravel\s+(?:services|sector)\b",
        alias: "pk.ebops.4.credit",
        note: "EBOPS 4, travel",
    },
    Term {
        // "Government goods and services saw the most substantial decrease"
        // (Nukta, 2024-12-18): the services account's line, not the BoP's
        // exports of goods and services.
        pattern: r"\bgovernment\s+goods\s+(?:and|&)\s+services\b",
        alias: "pk.ebops.12.credit",
        note: "EBOPS 12, government goods and services n.i.e.",
    },
    Term {
        pattern: r"\bconstruction\s+services\b",
        alias: "pk.ebops.5.credit",
        note: "EBOPS 5, construction",
    },
    Term {
        pattern: r"\binsurance(?:\s+and\s+pension)?\s+services\b",
        alias: "pk.ebops.6.credit",
        note: "EBOPS 6, insurance and pension services",
    },
    Term {
        pattern: r"\bfinancial\s+services\s+exports?\b|\bexports?\s+of\s+financial\s+services\b",
        alias: "pk.ebops.7.credit",
        note: "EBOPS 7, financial services",
    },
    Term {
        // "(exports of goods and services down by 11% in FY23" (Business
        // Recorder, 2023-07): the BoP's total, not services alone.
        pattern: r"\b(?:(?:total|overall)\s+)?exports?\s+of\s+goods\s+(?:and|&)\s+services\b|\bgoods\s+(?:and|&)\s+services\s+exports?\b",
        alias: "goods-services",
        note: "exports of goods and services (BoP)",
    },
    Term {
        // MoITT's statements set the IT surplus against the services balance:
        // "the Pakistan services sector had a trade deficit of $2.313 billion
        // during FY2023-24" (The Nation, 2024-12-19), "the Services sector has
        // overall recorded a trade deficit of $1.43 billion" (Business Recorder,
        // 2024-01-18).
        // Also "Pakistan's service sector faced a trade deficit of $218 million"
        // and "a trade services deficit of $200 million" (HUM News, 2025-01-17).
        // And the plain forms: "the services deficit", "the services account
        // deficit", "the deficit in services trade", "the balance of services";
        // SBP's own "balance on trade in services" and "the services' trade
        // deficit" (The Nation, 2025-02-23; UrduPoint, 2024-04-22), read
        // without its apostrophe (find.rs).
        pattern: r"\bservices?\s+sector(?:['’]s)?(?:\s+\w+){0,4}?\s+(?:an?\s+)?(?:overall\s+)?trade\s+(?:deficit|balance)\b|\bservices\s+(?:trade\s+|account\s+)?(?:deficit|balance)\b|\bbalance\s+(?:on|of)\s+trade\s+(?:in|of)\s+services\b|\b(?:trade\s+)?(?:deficit|balance)\s+(?:in|of|on)\s+(?:the\s+)?services(?:\s+(?:trade|sector|account))?\b|\btrade\s+services\s+(?:deficit|balance)\b",
        alias: "pk.ebops.services.net",
        note: "the services balance: services exports less services imports",
    },
    Term {
        // "imports of goods and services": the BoP's total, before services alone.
        pattern: r"\b(?:(?:total|overall)\s+)?imports?\s+of\s+goods\s+(?:and|&)\s+services\b|\bgoods\s+(?:and|&)\s+services\s+imports?\b",
        alias: "pk.bop.gs.debit",
        note: "imports of goods and services (BoP)",
    },
    Term {
        // "Service imports also jumped 41.4% in June, totaling $1.06 billion"
        // (Profit, 2024-08-03); "the import of services also contracted by
        // 39.70pc to $6.413 billion" (Dunya News, 2023-06-06).
        // "the total services imported during the year amounted to $787 million"
        // (HUM English, 2023-10-20); "On the import side, services amounted to
        // $785 million" (HUM English, 2024-03-19).
        pattern: r"\b(?:total\s+|overall\s+)?services?\s+imports?\b|\bimports?\s+of\s+services\b|\bservices\s+imported\b|\bimports?\s+side,?\s+(?:the\s+)?services\b",
        alias: "services-imports",
        note: "all services imports (EBOPS total, debit)",
    },
    Term {
        // "contributing 41.29% of total service exports" (UrduPoint, 2024-12-19).
        // "the services sector's exports", Urdu "خدمات کے شعبے کی برآمدات" (Asal
        // Media, 2013-07-20); "the exports of the services mentioned above"
        // (TechJuice, 2020-12-24) are the story's own.
        pattern: r"\b(?:total\s+|overall\s+)?services?\s+(?:sector(?:['’]s)?\s+)?exports?\b|\bexports?\s+of\s+(?:the\s+services\s+sector|services(?:\s+sector)?)\b",
        alias: "services",
        note: "all services exports (EBOPS total)",
    },
    Term {
        // "the country's exports rose by 25 per cent to $15.125 billion" (ARY
        // News, 2022-01-23): the country's goods exports, not the sector's.
        pattern: r"\b(?:goods|merchandise)\s+exports?\b|\bcountry['’]?s\s+exports\b",
        alias: "goods",
        note: "goods exports (BoP)",
    },
];

/// Subjects the checker does not track. A sentence that names one of these and
/// none of [`VOCABULARY`] is about something else ("Inflation eased to 4.1
/// percent in July 2025"), so its numbers do not borrow the series of the
/// sentences around it.
pub const UNTRACKED: &[&str] = &[
    r"\binflation\b",
    r"\bCPI\b",
    r"\bconsumer\s+prices?\b",
    r"\b(?:policy|interest|discount|exchange)\s+rates?\b",
    r"\bGDP\b",
    r"\beconom(?:y|ic\s+growth)\s+(?:grew|expanded|contracted)\b",
    r"\bKSE(?:-100)?\b",
    r"\b(?:stocks?|shares|equities|index)\b",
    r"\b(?:textiles?|apparel|garments?|rice|cotton|petroleum|oil)\b",
    r"\bcurrent\s+account\b",
    r"\btrade\s+deficit\b",
    r"\b(?:foreign\s+exchange\s+)?reserves\b",
    r"\bworkers['’]?\s+remittances\b",
    r"\bhome\s+remittances\b",
    // Spending on IT worldwide, a forecaster's estimate ("Gartner … growth
    // estimate for IT spending from an earlier 5.1% to 2.4%").
    r"\b(?:IT|technology|tech)\s+(?:spending|investment)\b",
    r"\b(?:FDI|foreign\s+direct\s+investment|venture\s+capital|funding)\b",
    r"\b(?:tax|taxes|revenue\s+collection|FBR|budget)\b",
    r"\b(?:population|unemployment|literacy)\b",
    // Freelancers' work outside IT ("non-IT-related exports have posted a
    // huge increase of 297.492%", About Pakistan, 2022-07-20).
    r"\bnon[- ](?:IT|ICT)\b",
    r"\b(?:broadband|internet|mobile|smartphone|cellular)\s+(?:users|subscribers|penetration|subscriptions)\b",
    // Other countries, where the sentence names no series of the store's
    // ("Pakistan's growth rate during 2016-17 was 16 per cent whereas Sri Lanka
    // was at 5 per cent", Business Recorder, 2017-10-18).
    COUNTRIES,
];

/// Countries the press compares Pakistan with; itx tracks none of them.
const COUNTRIES: &str = r"\b(?:India|Bangladesh|Sri\s+Lanka|Philippines|Vietnam|China|Egypt|Ukraine|Malaysia|Indonesia|Nepal)\b";

static COUNTRY_RE: LazyLock<Regex> = LazyLock::new(|| {
    crate::scan::regex(&format!("^(?:{COUNTRIES})$")).expect("valid country pattern")
});

/// Whether a phrase is a country's name, which keeps its capital mid-sentence.
pub fn is_country(phrase: &str) -> bool {
    COUNTRY_RE.is_match(phrase)
}

static UNTRACKED_RE: LazyLock<Regex> = LazyLock::new(|| {
    crate::scan::regex(&format!("(?i){}", UNTRACKED.join("|"))).expect("untracked regex")
});

/// Every subject the checker does not track that `text` names, as (start, end)
/// offsets plus `base`, left to right.
pub(crate) fn untracked(text: &str, base: usize) -> Vec<(usize, usize)> {
    UNTRACKED_RE
        .find_iter(text)
        .map(|m| (base + m.start(), base + m.end()))
        .collect()
}

static MARKET: LazyLock<Regex> = LazyLock::new(|| {
    crate::scan::regex(r"(?i)^(?:KSE(?:-100)?|stocks?|shares|equities|index)$")
        .expect("market regex")
});

/// True when an untracked subject is a market price (stocks, an index).
pub(crate) fn names_market(subject: &str) -> bool {
    MARKET.is_match(subject)
}

/// A vocabulary phrase found in text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SeriesMention {
    pub start: usize,
    pub end: usize,
    pub key: SeriesKey,
}

struct Compiled {
    regex: Regex,
    /// Capture-group index of each row.
    groups: Vec<usize>,
    keys: Vec<SeriesKey>,
}

static COMPILED: LazyLock<Compiled> = LazyLock::new(|| {
    let alternation = VOCABULARY
        .iter()
        .enumerate()
        .map(|(i, t)| format!("(?P<t{i}>{})", crate::scan::ascii_bounds(t.pattern)))
        .collect::<Vec<_>>()
        .join("|");
    let regex = crate::scan::regex(&format!("(?i){alternation}")).expect("vocabulary regex");
    let names: Vec<Option<&str>> = regex.capture_names().collect();
    let groups = (0..VOCABULARY.len())
        .map(|i| {
            let name = format!("t{i}");
            names
                .iter()
                .position(|n| *n == Some(name.as_str()))
                .expect("group per row")
        })
        .collect();
    Compiled {
        regex,
        groups,
        keys: VOCABULARY
            .iter()
            .map(|t| SeriesKey::resolve(t.alias).expect("vocabulary alias is in ALIASES"))
            .collect(),
    }
});

/// The headline item the press calls "IT exports": EBOPS 2010 item 9.
pub(crate) const HEADLINE: &str = "pk.ebops.9.credit";

/// Net ICT exports: the headline item's exports less its imports.
pub(crate) const NET: &str = "pk.ebops.9.net";

/// The two lines of PSEB's narrow "IT & ITeS": computer services and call
/// centres.
pub(crate) const COMPUTER: &str = "pk.ebops.9.2.credit";
pub(crate) const CALL_CENTRES: &str = "pk.ebops.9.1.1.credit";

/// The services balance, the one the press reports as a deficit.
pub(crate) const SERVICES_NET: &str = "pk.ebops.services.net";

/// All services exports, all goods exports, and the two together (the BoP's).
pub(crate) const SERVICES: &str = "pk.ebops.services.credit";
pub(crate) const GOODS: &str = "pk.bop.goods.credit";
pub(crate) const GOODS_SERVICES: &str = "pk.bop.gs.credit";

/// True when `part` is counted inside `whole`: a line of the same flow's EBOPS
/// tree, any services line of Pakistan's inside all services exports, and
/// services or goods inside exports of goods and services.
pub(crate) fn counted_in(part: &SeriesKey, whole: &SeriesKey) -> bool {
    let line = part.as_str().starts_with("pk.ebops.") && part.flow() == Some(Flow::Credit);
    part.is_part_of(whole)
        || match whole.as_str() {
            SERVICES => line && part != whole,
            GOODS_SERVICES => line || part.as_str() == GOODS,
            _ => false,
        }
}

/// The gross exports a series is part of when the words say "exports": the
/// headline item for net exports, the series itself otherwise.
pub(crate) fn gross(key: SeriesKey) -> SeriesKey {
    if key.as_str() == NET {
        SeriesKey::new(HEADLINE)
    } else {
        key
    }
}

/// The keys of the lines the press means as their own, never as the headline:
/// software exports (EBOPS 9.2.4) and freelancers' earnings (9.2.5).
pub(crate) const SOFTWARE: &str = "pk.ebops.9.2.4.credit";
pub(crate) const FREELANCE: &str = "pk.ebops.9.2.5.credit";

/// Lines of the accounts the vocabulary names so that their figures are not
/// taken for the headline's, but which are no other reading of a headline
/// figure: small, volatile lines (construction, insurance) fit almost any rate
/// by their rounding alone, and the BoP totals no IT figure.
const NOT_ALTERNATIVES: &[&str] = &[
    "pk.ebops.3.credit",
    "pk.ebops.4.credit",
    "pk.ebops.5.credit",
    "pk.ebops.6.credit",
    "pk.ebops.7.credit",
    "pk.ebops.10.credit",
    "pk.ebops.12.credit",
    "pk.bop.gs.credit",
];

/// The series another reading of a figure may be of (see [`NOT_ALTERNATIVES`]),
/// each once, in table order.
pub(crate) fn known_series() -> Vec<SeriesKey> {
    let mut out: Vec<SeriesKey> = Vec::new();
    for k in &COMPILED.keys {
        if NOT_ALTERNATIVES.contains(&k.as_str()) {
            continue;
        }
        if !out.contains(k) {
            out.push(k.clone());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str) -> Vec<String> {
        find(text, 0)
            .into_iter()
            .map(|m| m.key.to_string())
            .collect()
    }

    #[test]
    fn own_lines_are_the_aliases_keys() {
        assert_eq!(SeriesKey::resolve("software").unwrap().as_str(), SOFTWARE);
        assert_eq!(SeriesKey::resolve("freelance").unwrap().as_str(), FREELANCE);
    }

    #[test]
    fn press_words_map_to_series() {
        assert_eq!(keys("the country's IT exports rose"), ["pk.ebops.9.credit"]);
        assert_eq!(keys("IT & ITeS export remittances"), ["pk.ebops.9.credit"]);
        assert_eq!(keys("ICT export remittances"), ["pk.ebops.9.credit"]);
        assert_eq!(
            keys("telecommunication, computer and information services"),
            ["pk.ebops.9.credit"]
        );
        assert_eq!(
            keys("a 23.8pc rise in telecom, computer, and information exports"),
            ["pk.ebops.9.credit"]
        );
        assert_eq!(
            keys("contributing 41.29% of total service exports"),
            ["pk.ebops.services.credit"]
        );
        assert_eq!(keys("IT service exports"), ["pk.ebops.9.credit"]);
        // Services imports by their own words, and the BoP total's apart.
        for t in [
            "Service imports also jumped 41.4% in June",
            "the import of services also contracted by 39.70pc",
            "total services imports",
            "the total services imported during the year",
        ] {
            assert_eq!(keys(t), ["pk.ebops.services.debit"], "{t}");
        }
        assert_eq!(keys("imports of goods and services"), ["pk.bop.gs.debit"]);
        // The services sector's exports are all services'; "the exports of the
        // services mentioned above" are the story's own (TechJuice, 2020-12-24).
        for t in [
            "the services sector exports",
            "exports of the services sector",
        ] {
            assert_eq!(keys(t), ["pk.ebops.services.credit"], "{t}");
        }
        assert!(keys("the exports of the services mentioned above").is_empty());
        // Bare exports after an import line are that line's exports.
        assert_eq!(
            keys(
                "The country had to pay $12.9bn in services imports against exports of just $7.1bn"
            ),
            ["pk.ebops.services.debit", "pk.ebops.services.credit"]
        );
        assert_eq!(
            keys("the telecommunications, computers, and information services sector"),
            ["pk.ebops.9.credit"]
        );
        assert_eq!(
            keys("51 percent MoM increase in telecom and 8 percent in computer services"),
            ["pk.ebops.9.1.credit", "pk.ebops.9.2.credit"]
        );
        assert_eq!(keys("net IT exports stood at"), ["pk.ebops.9.net"]);
        assert_eq!(
            keys(
                "the export of Information and communications technology(ICT) and Telecom services"
            ),
            ["pk.ebops.9.credit"]
        );
        assert_eq!(keys("computer services exports"), ["pk.ebops.9.2.credit"]);
        assert_eq!(
            keys("software consultancy services"),
            ["pk.ebops.9.2.2.credit"]
        );
        assert_eq!(keys("call centre services"), ["pk.ebops.9.1.1.credit"]);
        assert_eq!(keys("freelancers remitted"), ["pk.ebops.9.2.5.credit"]);
        assert_eq!(keys("total services exports"), ["pk.ebops.services.credit"]);
        assert_eq!(keys("IT services exports"), ["pk.ebops.9.credit"]);
        assert_eq!(
            keys("by Exporting the Information Technology Services"),
            ["pk.ebops.9.credit"]
        );
        assert_eq!(
            keys("IT products and services exports"),
            ["pk.ebops.9.credit"]
        );
        // The Nation, 2022-11-01: the acronym in brackets, closed by the mention.
        assert_eq!(
            keys(
                "earned $426.070 million by providing different information technology (IT) services in various countries"
            ),
            ["pk.ebops.9.credit"]
        );
        assert_eq!(
            keys("information and communication technology (ICT) services exports soared"),
            ["pk.ebops.9.credit"]
        );
        assert_eq!(
            keys("ITeS exports’ remittances decreased"),
            ["pk.ebops.9.credit"]
        );
        // Sub-lines that describe the total are not what the figure is about
        // (propakistani.pk, 2024-03-19).
        assert_eq!(
            keys(
                "The IT and IT-enabled Services (ITeS) export remittances comprising computer \
                 services and call centre services increased"
            ),
            ["pk.ebops.9.credit"]
        );
        // Freelancers listed with the headline are a part of it (daily8.com's
        // Business Recorder reprint, July 2025).
        assert_eq!(
            keys(
                "Pakistan's IT, IT-enabled services (ITeS), and freelancers' exports soared to $3.8 billion in the fiscal year 2024-25."
            ),
            ["pk.ebops.9.credit"]
        );
        assert_eq!(
            keys("IT exports — including earnings from freelancers and IT companies"),
            ["pk.ebops.9.credit", "pk.ebops.9.2.5.credit"]
        );
        assert_eq!(
            keys(
                "the net exports related to the IT sector only, excluding other services such as call centres"
            ),
            ["pk.ebops.9.net"]
        );
        assert_eq!(
            keys("computer services and call centre services"),
            ["pk.ebops.9.2.credit", "pk.ebops.9.1.1.credit"]
        );
        // The pronoun is not a series.
        assert!(keys("it exports a lot").is_empty());
        // Imports are the debit side of the same item.
        assert_eq!(
            keys("computer services imports rose"),
            ["pk.ebops.9.2.debit"]
        );
        assert_eq!(
            keys("payments for call centre services"),
            ["pk.ebops.9.1.1.debit"]
        );
    }
}
