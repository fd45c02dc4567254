use super::*;

fn ym(y: i32, m: u8) -> YearMonth {
    YearMonth::new(y, m).unwrap()
}

fn keys(text: &str, reference: Option<Span>) -> Vec<String> {
    find(text, 0)
        .into_iter()
        .filter_map(|m| m.expr.resolve(reference))
        .map(Span::key)
        .collect()
}

#[test]
fn explicit_forms() {
    assert_eq!(keys("In July 2025, exports", None), ["2025-07"]);
    assert_eq!(keys("during 1QFY26", None), ["FY2025-26 Jul-Sep"]);
    assert_eq!(keys("in 5MFY25", None), ["FY2024-25 Jul-Nov"]);
    assert_eq!(keys("in 10MFY25", None), ["FY2024-25 Jul-Apr"]);
    assert_eq!(keys("in FY2024-25", None), ["FY2024-25"]);
    assert_eq!(keys("during FY 202324", None), ["FY2023-24"]);
    assert_eq!(keys("by the end of FY2025–26", None), ["FY2025-26"]);
    assert_eq!(keys("in FY25", None), ["FY2024-25"]);
    assert_eq!(keys("fiscal year 2024-25", None), ["FY2024-25"]);
    assert_eq!(keys("in Jul-Sep FY26", None), ["FY2025-26 Jul-Sep"]);
    assert_eq!(keys("July-March FY2024-25", None), ["FY2024-25 Jul-Mar"]);
    // When a year began is no period of the figures (TechJuice, 2018-11-21).
    assert!(keys("the current financial year which started July", None).is_empty());
    assert!(keys("the fiscal year that began in July", None).is_empty());
    // A fiscal year named before its run of months (Urdu's "مالی سال 23 کے
    // جولائی تا جنوری", rewritten "FY23 July-January").
    assert_eq!(keys("in FY23 July-January", None), ["FY2022-23 Jul-Jan"]);
    assert_eq!(
        keys("fiscal year 2022-23, July to January", None),
        ["FY2022-23 Jul-Jan"]
    );
    assert_eq!(keys("Q2 FY26", None), ["2025-Q4"]);
    assert_eq!(
        keys("the first eight months of FY26", None),
        ["FY2025-26 Jul-Feb"]
    );
    // The months written out win over a miscounted "eight".
    assert_eq!(
        keys(
            "during the first eight months (July-March) of the current fiscal year 2023-24",
            None
        ),
        ["FY2023-24 Jul-Mar"]
    );
    // "current year (2020-21)": the year in brackets is a fiscal year (APP, 2021-02-25).
    assert_eq!(
        keys(
            "during the seven months of current year (2020-21) compared",
            None
        ),
        ["FY2020-21 Jul-Jan"]
    );
    // A run of months with both years written (dailytimes.com.pk, 2022-05-21):
    // the fiscal year after it only places the run ("July 2023 to May 2024 of
    // FY2023-24, an increase of 22.31%", DND, 2024-06-21, is Jul-May's rate).
    assert_eq!(
        keys(
            "for the period July 2021 to April 2022 during FY2021-22",
            None
        ),
        ["FY2021-22 Jul-Apr"]
    );
    assert_eq!(
        keys("from July 2022 to February 2023", None),
        ["FY2022-23 Jul-Feb"]
    );
    assert_eq!(keys("in Jul-25", None), ["2025-07"]);
    assert_eq!(keys("in 2024-25", None), ["FY2024-25"]);
    assert_eq!(keys("earlier in 2025", None), ["2025"]);
    // A date says when, not what period.
    assert!(keys("on August 20, 2025", None).is_empty());
}

#[test]
fn relative_forms_need_a_reference() {
    let jul25 = Some(Span::month(ym(2025, 7)));
    assert_eq!(keys("in June", jul25), ["2025-06"]);
    assert_eq!(keys("in December", jul25), ["2024-12"]);
    assert_eq!(keys("July last year", jul25), ["2024-07"]);
    assert_eq!(
        keys(
            "the first eight months of the current fiscal year",
            Some(Span::month(ym(2026, 2)))
        ),
        ["FY2025-26 Jul-Feb"]
    );
    assert_eq!(
        keys(
            "in ten months of the current financial year",
            Some(Span::month(ym(2022, 4)))
        ),
        ["FY2021-22 Jul-Apr"]
    );
    assert!(keys("over twelve months", Some(Span::month(ym(2022, 4)))).is_empty());
    assert_eq!(
        keys("Jul-Sep", Some(Span::month(ym(2025, 10)))),
        ["FY2025-26 Jul-Sep"]
    );
    assert_eq!(keys("last fiscal year", jul25), ["FY2024-25"]);
    assert!(keys("in June", None).is_empty());
}
