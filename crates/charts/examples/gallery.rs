//! Writes one chart of each kind, as SVG and PNG, into a directory:
//!
//! ```sh
//! cargo run -p itx-charts --example gallery -- /tmp/itx-charts
//! ```
//!
//! The values are SBP's: ICT (EBOPS 9) and services exports from the EasyData export
//! in `data/sbp/easydata_TS_GP_BOP_XMGS_M_long_export.csv` (Jul-2022 … Mar-2025),
//! and April–July 2025 as SBP published them (`data/sbp/…via_dashboard.csv` and the
//! press files). The target and the forecast are illustrative, and say so.

use std::io::Write as _;
use std::path::PathBuf;

use itx_charts::{Chart, Cumulative, Fan, FanPoint, Meta, MonthlyBars, Stacked};
use itx_types::YearMonth;

/// ICT exports, US$ million, Jul-2022 to Jul-2025.
const ICT: [f64; 37] = [
    199.0, 228.0, 207.0, 221.0, 233.0, 246.0, 190.0, 195.0, 225.0, 191.0, 236.0,
    225.0, // FY23
    214.0, 236.0, 206.0, 238.0, 259.0, 303.0, 265.0, 257.0, 306.0, 310.0, 332.0,
    297.0, // FY24
    286.0, 298.0, 292.0, 330.0, 311.0, 348.0, 313.0, 305.0, 342.0, 317.0, 329.0,
    339.0, // FY25
    354.0, // Jul-2025, a record (previous high Dec-2024, 348)
];

fn ym(y: i32, m: u8) -> YearMonth {
    YearMonth::new(y, m).expect("valid month")
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = PathBuf::from(
        std::env::args_os()
            .nth(1)
            .ok_or("usage: gallery DIR (the directory to write the charts into)")?,
    );
    std::fs::create_dir_all(&dir)?;
    let jul22 = ym(2022, 7);
    let month = |i: usize| jul22.add_months(i as i32);

    // 1. Monthly bars, Jul-2024 to Jul-2025, with YoY.
    let monthly = Chart::Monthly(MonthlyBars {
        meta: Meta::new(
            "ICT exports reach a record $354 million in July 2025",
            "US$ million",
            "Source: State Bank of Pakistan, EasyData (to March 2025) and monthly releases to August 2025",
        )
        .with_subtitle("Exports of telecommunication, computer and information services, by month"),
        months: (24..37).map(|i| (month(i), ICT[i])).collect(),
        yoy_pct: (24..37)
            .map(|i| (month(i), Some((ICT[i] / ICT[i - 12] - 1.0) * 100.0)))
            .collect(),
        record: Some(month(36)),
        highlight: Some(month(36)),
    });

    // 2. Cumulative FY2024-25 through March 2025 against FY2023-24 and a target path.
    let cumsum = |from: usize, n: usize| -> Vec<f64> {
        ICT[from..from + n]
            .iter()
            .scan(0.0, |acc, v| {
                *acc += v;
                Some(*acc)
            })
            .collect()
    };
    let cumulative = Chart::Cumulative(Cumulative {
        meta: Meta::new(
            "ICT exports run 24% ahead of last year",
            "US$ million",
            "Source: State Bank of Pakistan, EasyData, release of 17 April 2025",
        )
        .with_subtitle("Cumulative exports since July, FY2024-25 to March against FY2023-24 (target illustrative)"),
        fy_label: "FY2024-25".to_string(),
        last_fy_label: "FY2023-24".to_string(),
        this_year: cumsum(24, 9),
        last_year: cumsum(12, 12),
        target: Some(3_800.0),
        month_labels: Cumulative::month_labels_from(7),
    });

    // 3. Services exports by component, Apr-2024 to Mar-2025.
    let services = [
        656.0, 705.0, 645.0, 631.0, 620.0, 661.0, 701.0, 666.0, 807.0, 692.0, 713.0, 744.0,
    ];
    let ict = &ICT[21..33];
    let business = [
        104.0, 124.0, 119.0, 128.0, 130.0, 128.0, 143.0, 125.0, 154.0, 148.0, 118.0, 155.0,
    ];
    let transport = [
        67.0, 72.0, 65.0, 65.0, 65.0, 75.0, 78.0, 79.0, 98.0, 97.0, 93.0, 92.0,
    ];
    let travel = [
        68.0, 65.0, 60.0, 59.0, 52.0, 51.0, 64.0, 69.0, 64.0, 68.0, 69.0, 53.0,
    ];
    let other: Vec<f64> = (0..12)
        .map(|i| services[i] - ict[i] - business[i] - transport[i] - travel[i])
        .collect();
    let stacked = Chart::Stacked(Stacked {
        meta: Meta::new(
            "ICT is nearly half of Pakistan's services exports",
            "US$ million",
            "Source: State Bank of Pakistan, EasyData TS_GP_BOP_XMGS_M, release of 17 April 2025",
        )
        .with_subtitle("Services exports by EBOPS 2010 component, monthly"),
        months: (0..12).map(|i| ym(2024, 4).add_months(i)).collect(),
        components: vec![
            ("Telecom, computer & information".to_string(), ict.to_vec()),
            ("Other business".to_string(), business.to_vec()),
            ("Transport".to_string(), transport.to_vec()),
            ("Travel".to_string(), travel.to_vec()),
            ("All other".to_string(), other),
        ],
        total: Some(services.to_vec()),
    });

    // 4. A fan: 37 months of history, then twelve months of an illustrative forecast
    //    growing 1% a month with intervals widening as the square root of the horizon.
    let last = ICT[36];
    let forecast = (1..=12)
        .map(|h| {
            let mean = last * 1.01f64.powi(h);
            let sd = 22.0 * f64::from(h).sqrt();
            FanPoint {
                month: month(36 + h as usize),
                mean,
                lo80: mean - 1.2816 * sd,
                hi80: mean + 1.2816 * sd,
                lo95: mean - 1.96 * sd,
                hi95: mean + 1.96 * sd,
            }
        })
        .collect();
    let fan = Chart::Fan(Fan {
        meta: Meta::new(
            "ICT exports: where the next twelve months could go",
            "US$ million",
            "Source: State Bank of Pakistan; forecast illustrative (itx gallery)",
        )
        .with_subtitle("Monthly exports, actual to July 2025 and forecast to July 2026"),
        history: (0..37).map(|i| (month(i), ICT[i])).collect(),
        forecast,
    });

    let mut out = std::io::stdout().lock();
    for (name, chart) in [
        ("monthly", monthly),
        ("cumulative", cumulative),
        ("components", stacked),
        ("fan", fan),
    ] {
        let svg = itx_charts::svg(&chart)?;
        let png = itx_charts::png(&svg, 2.0)?;
        let (svg_path, png_path) = (
            dir.join(format!("{name}.svg")),
            dir.join(format!("{name}.png")),
        );
        std::fs::write(&svg_path, &svg)?;
        std::fs::write(&png_path, &png)?;
        writeln!(out, "{}\n{}", svg_path.display(), png_path.display())?;
    }
    Ok(())
}
