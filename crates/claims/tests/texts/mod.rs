//! Paragraphs in the style of Pakistani business news (Business Recorder,
//! ProPakistani, Dawn, Topline notes), true and false, for the claim checker's
//! tests and benchmark. The expected verdicts and the source of every figure are
//! in `tests/paragraphs.rs`.

#![allow(dead_code)]

pub const JULY_2025: &str = "KARACHI: Pakistan's IT and ITeS export remittances rose to $354 million in July 2025, up 23.8 percent year-on-year and 4.4 percent month-on-month, according to data released by the State Bank of Pakistan on Monday. In June 2025, IT exports were $339 million.";

pub const JUNE_2025_FIRST_PRINT: &str = "According to Topline Securities, Pakistan's IT exports clocked in at $338 million in June 2025, up 14% YoY.";

pub const MARCH_2024_MOM: &str = "ISLAMABAD: Pakistan's IT exports rose to $306 million in March 2024, up 4 percent month-on-month and 36 percent year-on-year, according to SBP data.";

pub const FY22_GROWTH: &str = "IT exports grew by 47.43 percent to $2.62 billion in FY2021-22, compared to $2.11 billion in FY2020-21, the Ministry of IT and Telecom said.";

pub const NOVEMBER_2025_TABLE: &str = "IT exports stood at $366 million in November 2025, taking the total for the first five months of FY26 to $1.799 billion.";

pub const Q1_FY26: &str = "ICT exports in 1QFY26 jumped 20 percent year-on-year to $1.057 billion, compared to $877 million in the same period last year.";

pub const DECEMBER_2025: &str = "Pakistan's IT exports surged to an all-time high of $437 million in December 2025. The figure was 23 percent higher than November's $356 million and 26 percent above the $348 million recorded in December 2024.";

pub const DECEMBER_2025_MOM: &str =
    "In December 2025, IT exports rose 27 percent month-on-month to $437 million.";

pub const FY25_TOTAL: &str =
    "During FY2024-25, IT exports rose 18 percent to $3.8 billion from $3.22 billion in FY2023-24.";

pub const FY26_TOTAL: &str = "Pakistan's IT exports reached $4.6 billion in FY2025-26, up 20.6 percent over the previous fiscal year, but short of the government's $5 billion target.";

pub const PROJECTIONS: &str = "JS Global had projected in January that IT exports would exceed $5 billion in FY2025-26. The ministry now expects IT exports to reach $6 billion in FY2026-27.";

pub const RECORDS: &str = "IT exports hit a record $366 million in September 2025, surpassing the previous record of $354 million set in July 2025. Two months later, exports hit a record $356 million in November 2025, SBP data showed.";

pub const NINE_MONTHS_COMPUTER: &str =
    "IT exports for the first nine months of FY26 stood at $2.87 billion, according to SBP.";

pub const FREELANCE: &str = "Freelancers brought in $856 million in July-March FY2025-26, against $568 million in the same period of the previous year.";

pub const SHARES: &str = "ICT exports made up 45 percent of total services exports in July 2026, which stood at $927 million. In February 2026, IT exports accounted for 52% of services exports.";

pub const MARCH_2025_VINTAGE: &str =
    "Pakistan's IT exports stood at $342 million in March 2025, up 12 percent year-on-year.";

pub const NOT_CHECKABLE: &str = "IT exports earned the country Rs 100 billion in July 2025. IT exports were $430 million in October 2026.";

pub const NET_EXPORTS: &str = "Net IT exports stood at $313 million in March 2025.";

pub const JULY_2026: &str = "ICT exports were $417 million in July 2026, the highest since April 2026 and the best July on record.";

pub const EIGHT_MONTHS: &str = "IT exports in the first eight months of FY26 stood at $3.39 billion. In the first eight months of FY26, IT exports were $2.97 billion, up 19.7 percent year-on-year.";

pub const JANUARY_2026: &str = "IT exports fell 14 percent month-on-month to $374 million in January 2026, though they were up 19.5 percent year-on-year.";

pub const OCTOBER_2025: &str = "IT exports rose to $386 million in October 2025, up 17 percent year-on-year and 5.5 percent month-on-month.";

pub const JUNE_2024_MOM: &str =
    "In June 2024, IT exports declined 11.3 percent month-on-month to $298 million.";

pub const WRONG_BASE: &str = "IT exports of $354 million in July 2025 were 18 percent higher than the $300 million recorded in July 2024.";

pub const UNDATED_BASE: &str =
    "IT exports rose 4.4 percent to $354 million in July 2025 from $339 million.";

pub const OTHER_SUBJECTS: &str = "Pakistan's IT exports rose to $354 million in July 2025. Inflation eased to 4.1 percent in July 2025, while the policy rate stayed at 11 percent. Imports of computer services rose to $28.7 million in March 2025.";

/// Every paragraph, in the order above.
pub const ALL: &[&str] = &[
    JULY_2025,
    JUNE_2025_FIRST_PRINT,
    MARCH_2024_MOM,
    FY22_GROWTH,
    NOVEMBER_2025_TABLE,
    Q1_FY26,
    DECEMBER_2025,
    DECEMBER_2025_MOM,
    FY25_TOTAL,
    FY26_TOTAL,
    PROJECTIONS,
    RECORDS,
    NINE_MONTHS_COMPUTER,
    FREELANCE,
    SHARES,
    MARCH_2025_VINTAGE,
    NOT_CHECKABLE,
    NET_EXPORTS,
    JULY_2026,
    EIGHT_MONTHS,
    JANUARY_2026,
    OCTOBER_2025,
    JUNE_2024_MOM,
    WRONG_BASE,
    UNDATED_BASE,
    OTHER_SUBJECTS,
];
