//! Golden tests: each model on named M3 monthly series against statsforecast 2.1.1.
//!
//! The reference numbers below were produced by `crates/forecast/reference/golden.py`
//! (statsforecast 2.1.1, numpy 2.4.6, Python 3.11.7; the script's docstring has the
//! commands), fitting each series' training part and forecasting its 18-month horizon.
//! Tolerances are stated per model with the reason for any gap.

use itx_forecast::arima::{Arima, AutoArima, Order};
use itx_forecast::{Fitted, Forecaster, Model, ModelKind, bench};

/// The M3 data, from the repository (the library embeds it only with feature `m3`).
const M3_MONTHLY_GZ: &[u8] = include_bytes!("../../../data/forecasting/m3_monthly.csv.gz");
const M3_QUARTERLY_GZ: &[u8] = include_bytes!("../../../data/forecasting/m3_quarterly.csv.gz");

/// The training part of an embedded M3 series (monthly, or quarterly).
fn train(quarterly: bool, id: &str) -> Vec<f64> {
    thread_local! {
        static M3: [Vec<bench::BenchSeries>; 2] = [
            bench::load_gz(M3_MONTHLY_GZ, "m3_monthly.csv.gz").expect("embedded M3 data"),
            bench::load_gz(M3_QUARTERLY_GZ, "m3_quarterly.csv.gz").expect("embedded M3 data"),
        ];
    }
    M3.with(|sets| {
        sets[usize::from(quarterly)]
            .iter()
            .find(|s| s.id == id)
            .map(|s| s.train.clone())
            .expect("series present")
    })
}

fn series(id: &str) -> Vec<f64> {
    train(false, id)
}

fn quarterly(id: &str) -> Vec<f64> {
    train(true, id)
}

/// Largest relative difference between two forecast vectors.
fn max_rel(a: &[f64], b: &[f64]) -> f64 {
    a.iter()
        .zip(b)
        .map(|(x, y)| (x - y).abs() / y.abs().max(1e-9))
        .fold(0.0, f64::max)
}

fn check(kind: ModelKind, reference: &[(&str, [f64; 18])], tol: f64) {
    for (id, want) in reference {
        let fc = Forecaster::fit(&series(id), 12, kind)
            .and_then(|f| f.forecast(18, &[80]))
            .expect("fits");
        let d = max_rel(&fc.mean, want);
        assert!(
            d <= tol,
            "{kind} on {id} ({}): max relative difference {d:.2e} > {tol:.0e}\nours {:?}\nref  {:?}",
            fc.model,
            fc.mean,
            want
        );
    }
}

// Generated from the output of crates/forecast/reference/golden.py (statsforecast 2.1.1).
// Each entry: series id, then 18 point forecasts from the model's training-part fit.
#[rustfmt::skip]
const SF_SNAIVE: &[(&str, [f64; 18])] = &[
    ("N1404", [5550.0, 4200.0, 5640.0, 4980.0, 3810.0, 3540.0, 8760.0, 5610.0, 6090.0, 4980.0, 7680.0, 5550.0, 5550.0, 4200.0, 5640.0, 4980.0, 3810.0, 3540.0]),
    ("N1500", [2500.0, 2540.0, 3060.0, 2560.0, 2860.0, 3320.0, 2920.0, 2560.0, 3560.0, 3760.0, 3140.0, 2700.0, 2500.0, 2540.0, 3060.0, 2560.0, 2860.0, 3320.0]),
    ("N1652", [2845.0, 2915.0, 2940.0, 3085.0, 2640.0, 3435.0, 2815.0, 3035.0, 3570.0, 2935.0, 3115.0, 3540.0, 2845.0, 2915.0, 2940.0, 3085.0, 2640.0, 3435.0]),
    ("N2005", [6248.1, 6110.5, 5919.8, 6082.2, 5886.9, 6167.4, 6458.9, 6282.3, 6762.1, 6698.1, 6017.3, 5790.5, 6248.1, 6110.5, 5919.8, 6082.2, 5886.9, 6167.4]),
    ("N2801", [6349.0, 6253.4, 6174.8, 6151.5, 6132.4, 5816.0, 5711.9, 5535.7, 5523.0, 5455.0, 5393.4, 5257.5, 6349.0, 6253.4, 6174.8, 6151.5, 6132.4, 5816.0]),
];
#[rustfmt::skip]
const SF_THETA: &[(&str, [f64; 18])] = &[
    ("N1404", [5562.855202, 5599.422068, 5635.988935, 5672.555802, 5709.122669, 5745.689535, 5782.256402, 5818.823269, 5855.390136, 5891.957002, 5928.523869, 5965.090736, 6001.657603, 6038.224469, 6074.791336, 6111.358203, 6147.925069, 6184.491936]),
    ("N1500", [2951.708559, 2946.86331, 2942.018061, 2937.172813, 2932.327564, 2927.482315, 2922.637066, 2917.791817, 2912.946568, 2908.101319, 2903.25607, 2898.410822, 2893.565573, 2888.720324, 2883.875075, 2879.029826, 2874.184577, 2869.339328]),
    ("N1652", [2774.232569, 2628.87527, 2498.671949, 2563.929698, 2417.853081, 2531.150755, 2739.713567, 2613.013913, 3135.39941, 3306.401444, 3019.215786, 3553.682412, 2637.353244, 2498.632295, 2374.366459, 2435.846728, 2296.562545, 2403.643663]),
    ("N2005", [6077.115224, 6127.424061, 6043.960586, 6252.343305, 6144.978506, 6180.289545, 6239.365837, 5955.624456, 6395.815299, 6095.669972, 6263.462164, 6082.280011, 6215.049578, 6266.237733, 6180.625429, 6393.45416, 6283.405865, 6319.251487]),
    ("N2801", [5228.428124, 5198.295392, 5168.162659, 5138.029927, 5107.897194, 5077.764461, 5047.631729, 5017.498996, 4987.366263, 4957.233531, 4927.100798, 4896.968066, 4866.835333, 4836.7026, 4806.569868, 4776.437135, 4746.304403, 4716.17167]),
];
#[rustfmt::skip]
const SF_OTM: &[(&str, [f64; 18])] = &[
    ("N1404", [5923.646831, 5996.780516, 6069.914201, 6143.047886, 6216.181571, 6289.315256, 6362.448941, 6435.582626, 6508.716311, 6581.849996, 6654.983681, 6728.117366, 6801.251051, 6874.384736, 6947.518421, 7020.652106, 7093.785791, 7166.919476]),
    ("N1500", [2916.999353, 2908.640812, 2900.28227, 2891.923728, 2883.565186, 2875.206644, 2866.848102, 2858.48956, 2850.131018, 2841.772476, 2833.413934, 2825.055393, 2816.696851, 2808.338309, 2799.979767, 2791.621225, 2783.262683, 2774.904141]),
    ("N1652", [2788.29603, 2631.403932, 2490.72714, 2545.070489, 2389.887041, 2491.12638, 2684.659674, 2549.222243, 3045.199989, 3196.760225, 2905.722982, 3404.220973, 2514.545253, 2370.925473, 2242.12331, 2288.911919, 2147.312947, 2236.119532]),
    ("N2005", [6111.33301, 6173.00499, 6099.808409, 6321.337426, 6223.774562, 6270.54681, 6341.557935, 6063.698375, 6523.142351, 6227.718374, 6410.095628, 6235.265909, 6382.160283, 6445.558762, 6368.143062, 6598.401602, 6495.569826, 6543.391703]),
    ("N2801", [5198.312725, 5138.365746, 5078.418768, 5018.471789, 4958.524811, 4898.577832, 4838.630854, 4778.683876, 4718.736897, 4658.789919, 4598.84294, 4538.895962, 4478.948983, 4419.002005, 4359.055026, 4299.108048, 4239.16107, 4179.214091]),
];
#[rustfmt::skip]
const SF_DOTM: &[(&str, [f64; 18])] = &[
    ("N1404", [5734.122517, 5734.122517, 5734.122517, 5734.122517, 5734.122517, 5734.122517, 5734.122517, 5734.122517, 5734.122517, 5734.122517, 5734.122517, 5734.122517, 5734.122517, 5734.122517, 5734.122517, 5734.122517, 5734.122517, 5734.122517]),
    ("N1500", [3014.553908, 3014.166755, 3013.792034, 3013.429163, 3013.077594, 3012.736808, 3012.40632, 3012.085668, 3011.774418, 3011.472162, 3011.178512, 3010.893103, 3010.615588, 3010.34564, 3010.082949, 3009.827222, 3009.578181, 3009.335562]),
    ("N1652", [2766.963316, 2631.657044, 2510.575614, 2585.719665, 2447.504349, 2571.800135, 2794.201855, 2675.074413, 3222.084797, 3410.816207, 3126.543493, 3694.244937, 2752.336328, 2617.768482, 2497.365174, 2572.169388, 2434.743551, 2558.471234]),
    ("N2005", [6051.902897, 6096.656029, 6008.329482, 6210.010873, 6097.985512, 6127.599206, 6180.683557, 5894.363311, 6324.381332, 6022.199122, 6182.421945, 5998.188293, 6123.599288, 6168.456332, 6078.66894, 6282.276432, 6168.520344, 6198.047706]),
    ("N2801", [5197.994199, 5136.579589, 5074.145408, 5010.797031, 4946.62734, 4881.718396, 4816.142849, 4749.965157, 4683.242622, 4616.026286, 4548.361697, 4480.289578, 4411.846399, 4343.064881, 4273.974427, 4204.601502, 4134.969965, 4065.101356]),
];
#[rustfmt::skip]
const SF_ETS: &[(&str, [f64; 18])] = &[
    ("N1404", [5771.36031, 5844.37804, 5917.39577, 5990.4135, 6063.43123, 6136.44896, 6209.466689, 6282.484419, 6355.502149, 6428.519879, 6501.537609, 6574.555339, 6647.573068, 6720.590798, 6793.608528, 6866.626258, 6939.643988, 7012.661718]),
    ("N1500", [3023.164879, 3023.164879, 3023.164879, 3023.164879, 3023.164879, 3023.164879, 3023.164879, 3023.164879, 3023.164879, 3023.164879, 3023.164879, 3023.164879, 3023.164879, 3023.164879, 3023.164879, 3023.164879, 3023.164879, 3023.164879]),
    ("N1652", [2694.168509, 2683.226231, 2544.106465, 2596.540254, 2471.210885, 2615.962576, 2787.296024, 2748.996631, 3300.12769, 3415.853221, 3092.965548, 3611.371907, 2694.168509, 2683.226231, 2544.106465, 2596.540254, 2471.210885, 2615.962576]),
    ("N2005", [6107.541608, 6113.837938, 6038.767723, 6204.797533, 6147.188832, 6156.612898, 6197.541551, 5932.038671, 6294.295929, 6053.732515, 6112.285477, 5938.758548, 6107.541608, 6113.837938, 6038.767723, 6204.797533, 6147.188832, 6156.612898]),
    ("N2801", [5192.575344, 5127.643584, 5062.711824, 4997.780064, 4932.848304, 4867.916544, 4802.984784, 4738.053024, 4673.121264, 4608.189504, 4543.257744, 4478.325984, 4413.394224, 4348.462464, 4283.530704, 4218.598944, 4153.667184, 4088.735424]),
];
#[rustfmt::skip]
const SF_AUTOARIMA: &[(&str, [f64; 18])] = &[
    ("N1404", [6189.088753, 6381.393922, 6220.341765, 6709.815172, 7238.906763, 7242.862138, 5395.564577, 6907.016872, 6687.574205, 6987.603336, 6429.051745, 7170.605592, 7153.190518, 7322.263956, 7301.763058, 7414.249962, 7492.781254, 7598.457132]),
    ("N1500", [3041.531883, 3041.531883, 3041.531883, 3041.531883, 3041.531883, 3041.531883, 3041.531883, 3041.531883, 3041.531883, 3041.531883, 3041.531883, 3041.531883, 3041.531883, 3041.531883, 3041.531883, 3041.531883, 3041.531883, 3041.531883]),
    ("N1652", [2416.520488, 2318.515155, 2206.524188, 2269.241659, 1990.707286, 2305.765159, 2315.855622, 2329.165231, 2935.169461, 2829.098173, 2610.169993, 3138.763446, 1964.031788, 1866.026454, 1754.035487, 1816.752959, 1538.218585, 1853.276458]),
    ("N2005", [6174.935883, 6196.339118, 6217.742352, 6239.145587, 6260.548822, 6281.952057, 6303.355292, 6324.758527, 6346.161762, 6367.564997, 6388.968232, 6410.371467, 6431.774702, 6453.177936, 6474.581171, 6495.984406, 6517.387641, 6538.790876]),
    ("N2801", [5155.716312, 5053.932623, 4952.148935, 4850.365246, 4748.581558, 4646.797869, 4545.014181, 4443.230493, 4341.446804, 4239.663116, 4137.879427, 4036.095739, 3934.312051, 3832.528362, 3730.744674, 3628.960985, 3527.177297, 3425.393608]),
];
/// statsforecast AutoETS's chosen form per series.
#[rustfmt::skip]
const SF_ETS_FORM: &[(&str, &str)] = &[("N1404", "ETS(A,A,N)"), ("N1500", "ETS(M,N,N)"), ("N1652", "ETS(M,N,M)"), ("N2005", "ETS(A,N,A)"), ("N2801", "ETS(M,A,N)")];
/// statsforecast AutoARIMA's chosen order (p, d, q, P, D, Q), constant, and coefficients.
/// (series, order, constant, coefficients by statsforecast's names).
type ArimaRef = (
    &'static str,
    [usize; 6],
    bool,
    &'static [(&'static str, f64)],
);
#[rustfmt::skip]
const SF_ARIMA: &[ArimaRef] = &[
    ("N1404", [3, 1, 1, 0, 0, 1], true, &[("ar1", -0.10471748077537872), ("ar2", -0.054048284616888084), ("ar3", -0.162345829773629), ("ma1", -0.8619940934134876), ("sma1", -0.420179425863777), ("drift", 88.2975872122271)]),
    ("N1500", [0, 1, 1, 0, 0, 0], false, &[("ma1", -0.8159724957649793)]),
    ("N1652", [0, 1, 1, 0, 1, 1], false, &[("ma1", -0.6291241822337638), ("sma1", -0.5819381706967184)]),
    ("N2005", [0, 1, 1, 0, 0, 0], true, &[("ma1", -0.604389324680929), ("drift", 21.403234907463005)]),
    ("N2801", [0, 2, 1, 0, 0, 0], false, &[("ma1", -0.7811976838204218)]),
];
/// statsforecast Theta-family fitted parameters: (series, model, alpha, theta).
#[rustfmt::skip]
const SF_THETA_PAR: &[(&str, &str, f64, f64)] = &[
    ("N1404", "theta", 0.10000000000000012, 2.0),
    ("N1404", "otm", 0.10000000007378236, 1508618.770205586),
    ("N1404", "dotm", 0.19040221953731223, 1.0),
    ("N1500", "theta", 0.1, 2.0),
    ("N1500", "otm", 0.10000000000000003, 7.275389669349388),
    ("N1500", "dotm", 0.1406490774308082, 1.0594057937273837),
    ("N1652", "theta", 0.2613112304738007, 2.0),
    ("N1652", "otm", 0.18133654880693015, 34767.68323600547),
    ("N1652", "dotm", 0.32002699299134546, 1.0525596788969156),
    ("N2005", "theta", 0.5646910447627291, 2.0),
    ("N2005", "otm", 0.5417111720208128, 54.7202794462624),
    ("N2005", "dotm", 0.5923202650491622, 1.3676764020262184),
    ("N2801", "theta", 0.99, 2.0),
    ("N2801", "otm", 0.9899999999999997, 189.22436967385585),
    ("N2801", "dotm", 0.9899999999734297, 19153.613546527675),
];

#[test]
fn seasonal_naive_is_exact() {
    check(ModelKind::SeasonalNaive, SF_SNAIVE, 1e-12);
}

/// The Theta family follows statsforecast's formulation exactly (same recursions, same
/// objective, same bounds, Nelder–Mead to a tight tolerance): forecasts agree to 0.1%.
#[test]
fn theta_family_matches_statsforecast() {
    check(ModelKind::Theta, SF_THETA, 1e-3);
    // OTM on N2801: θ is flat near the optimum (statsforecast stops at θ = 19,154),
    // so the last steps differ by up to 0.15%.
    check(ModelKind::Otm, SF_OTM, 2e-3);
    check(ModelKind::Dotm, SF_DOTM, 1e-3);
}

#[test]
fn theta_parameters_match_statsforecast() {
    for &(id, model, alpha, theta) in SF_THETA_PAR {
        let kind = match model {
            "theta" => itx_forecast::theta::ThetaKind::Standard,
            "otm" => itx_forecast::theta::ThetaKind::Optimised,
            _ => itx_forecast::theta::ThetaKind::DynamicOptimised,
        };
        let f = itx_forecast::theta::Theta::new(kind)
            .fit(&series(id), 12)
            .expect("fits");
        assert!(
            (f.alpha() - alpha).abs() < 5e-3,
            "{model} {id}: alpha {} vs {alpha}",
            f.alpha()
        );
        // θ is flat near its optimum when the trend is weak (N2801's OTM θ is 19,000 in
        // statsforecast): compare it only where it is well determined.
        if theta < 10.0 {
            assert!(
                (f.theta() - theta).abs() < 2e-2 * theta,
                "{model} {id}: theta {} vs {theta}",
                f.theta()
            );
        }
    }
}

/// AutoETS chooses the same form on every series. Point forecasts agree to 0.5% for the
/// non-seasonal forms; for seasonal forms statsforecast also optimises the initial
/// seasonal states by likelihood where itx keeps the decomposition's, so they differ by
/// up to 5%. On N2801 (ETS(M,A,N)) the two optimisers stop at different optima and
/// itx's has the higher likelihood (unit test `ets::tests::beats_statsforecast_likelihood_on_n2801`),
/// so only the form is compared there.
#[test]
fn ets_matches_statsforecast() {
    for &(id, form) in SF_ETS_FORM {
        let fc = Forecaster::fit(&series(id), 12, ModelKind::Ets)
            .and_then(|f| f.forecast(18, &[80]))
            .expect("fits");
        assert_eq!(fc.model, form, "{id}");
        if id == "N2801" {
            continue;
        }
        let want = &SF_ETS.iter().find(|r| r.0 == id).expect("reference").1;
        let tol = if form.ends_with(",N)") { 5e-3 } else { 5e-2 };
        let d = max_rel(&fc.mean, want);
        assert!(
            d <= tol,
            "ETS on {id} ({form}): max relative difference {d:.2e} > {tol:.0e}"
        );
    }
}

fn order_of(o: [usize; 6], constant: bool) -> Order {
    Order {
        p: o[0],
        d: o[1],
        q: o[2],
        sp: o[3],
        sd: o[4],
        sq: o[5],
        constant,
    }
}

/// For a given order, the coefficients match statsforecast's: both estimate by CSS
/// (statsforecast's reported coefficients for these models are its CSS estimates).
/// N1404's order has AR terms and a drift, where the two CSS implementations condition
/// differently; only its MA(1) coefficient is compared, loosely.
#[test]
fn arima_coefficients_match_statsforecast() {
    for &(id, o, constant, coef) in SF_ARIMA {
        let f = Arima {
            order: order_of(o, constant),
        }
        .fit(&series(id), 12)
        .expect("fits");
        let ours = |name: &str| -> Option<f64> {
            let (lags, lag) = match name {
                "ma1" => (f.ma(), 1),
                "ma2" => (f.ma(), 2),
                "sma1" => (f.ma(), 12),
                "ar1" => (f.ar(), 1),
                "ar2" => (f.ar(), 2),
                "ar3" => (f.ar(), 3),
                "drift" | "intercept" => return Some(f.constant()),
                _ => return None,
            };
            lags.iter().find(|l| l.0 == lag).map(|l| l.1)
        };
        for &(name, want) in coef {
            let got = ours(name).unwrap_or(f64::NAN);
            let tol = match (id, name) {
                ("N1404", "ma1") => 0.05,
                ("N1404", _) => continue,
                (_, "drift" | "intercept") => 1e-2 * want.abs(),
                _ => 2e-3,
            };
            assert!((got - want).abs() <= tol, "{id} {name}: {got} vs {want}");
        }
    }
}

/// The stepwise search on the untransformed series (statsforecast's default) picks
/// statsforecast's order where both likelihoods agree on the ranking (N1500, N2005);
/// elsewhere its CSS-based criterion picks other orders (see the `arima` module's
/// notes).
#[test]
fn auto_arima_matches_statsforecast_on_clear_cases() {
    for id in ["N1500", "N2005"] {
        let &(_, o, constant, _) = SF_ARIMA.iter().find(|r| r.0 == id).expect("reference");
        let y = series(id);
        let f = AutoArima::untransformed().fit(&y, 12).expect("fits");
        assert_eq!(f.order(), order_of(o, constant), "{id}");
        let want = &SF_AUTOARIMA
            .iter()
            .find(|r| r.0 == id)
            .expect("reference")
            .1;
        let fc = Forecaster::from_fitted(&y, 12, Box::new(f))
            .forecast(18, &[80])
            .expect("forecasts");
        let d = max_rel(&fc.mean, want);
        assert!(
            d <= 1e-2,
            "AutoARIMA on {id}: max relative difference {d:.2e}"
        );
    }
}

#[test]
fn fitted_models_name_themselves() {
    let f = ModelKind::Combo.fit(&series("N1652"), 12).expect("fits");
    assert!(
        f.name()
            .starts_with("Combo(mean of ETS(M,N,M), DOTM, Theta, ARIMA(0,1,1)(1,1,0)[12]"),
        "{}",
        f.name()
    );
}

// Generated from crates/forecast/reference/boxcox_ref.py (statsforecast 2.1.1 AutoARIMA on
// the Box-Cox transformed training part, coreforecast 0.0.20's Guerrero lambda in [0, 1]).
// Each entry: series id, lambda, then 18 back-transformed point forecasts.
#[rustfmt::skip]
const SF_BOXCOX_ARIMA: &[(&str, f64, [f64; 18])] = &[
    ("N1404", 0.9999338930145811, [6108.48793, 6199.727618, 6290.967394, 6382.207258, 6473.447207, 6564.687242, 6655.927361, 6747.167563, 6838.407846, 6929.648209, 7020.888652, 7112.129174, 7203.369772, 7294.610447, 7385.851198, 7477.092023, 7568.332922, 7659.573893]),
    ("N1500", 6.610698106511266e-05, [3012.08053, 3012.08053, 3012.08053, 3012.08053, 3012.08053, 3012.08053, 3012.08053, 3012.08053, 3012.08053, 3012.08053, 3012.08053, 3012.08053, 3012.08053, 3012.08053, 3012.08053, 3012.08053, 3012.08053, 3012.08053]),
    ("N1652", 6.610698106511266e-05, [2646.676455, 2440.558161, 2573.81899, 2572.151606, 2300.896028, 2679.041554, 2508.813899, 2654.649991, 2952.190194, 2708.05508, 2748.553138, 2956.771656, 2173.357371, 2106.159638, 2174.932725, 2224.087108, 1948.39655, 2390.554109]),
    ("N2005", 0.9999338930145811, [6174.935234, 6196.338814, 6217.742398, 6239.145988, 6260.549582, 6281.953181, 6303.356785, 6324.760394, 6346.164007, 6367.567626, 6388.971249, 6410.374876, 6431.778509, 6453.182146, 6474.585788, 6495.989435, 6517.393086, 6538.796742]),
    ("N2801", 0.9999338930145811, [5155.716896, 5053.933925, 4952.151089, 4850.368392, 4748.585835, 4646.803423, 4545.021159, 4443.239045, 4341.457085, 4239.675283, 4137.893643, 4036.112168, 3934.330863, 3832.549732, 3730.768779, 3628.98801, 3527.20743, 3425.427044]),
];

/// The default ARIMA: Guerrero's λ agrees with coreforecast's to R's `optimize`
/// tolerance, the search picks statsforecast's model on the transformed series, and
/// the back-transformed forecasts agree to 0.05%. (On all five series the criterion
/// is monotone in `[0, 1]`, so λ is at a bound; on N1404 statsforecast's choice
/// depends on exactly where its optimiser stops, hence the reference at R's λ.)
#[test]
fn box_cox_arima_matches_statsforecast() {
    for &(id, lambda, want) in SF_BOXCOX_ARIMA {
        let y = series(id);
        let fc = Forecaster::fit(&y, 12, ModelKind::Arima)
            .and_then(|f| f.forecast(18, &[80]))
            .expect("fits");
        let ours: f64 = fc
            .model
            .rsplit("λ = ")
            .next()
            .and_then(|v| v.parse().ok())
            .expect("λ in the name");
        assert!((ours - lambda).abs() < 5e-3, "{id}: λ {ours} vs {lambda}");
        let d = max_rel(&fc.mean, &want);
        assert!(
            d <= 5e-4,
            "{id} ({}): max relative difference {d:.2e}",
            fc.model
        );
    }
}

/// Box–Cox only on evidence (issue 17 item 2): a positive series of 44 quarters (M3
/// N0917) is modelled untransformed, one of 48 (N0896) on Guerrero's λ, and cutting the
/// longer one to 47 observations drops the transform.
#[test]
fn box_cox_needs_enough_observations() {
    let short = quarterly("N0917");
    let long = quarterly("N0896");
    assert_eq!((short.len(), long.len()), (44, 48));
    assert!(short.iter().chain(&long).all(|v| *v > 0.0));
    let name = |y: &[f64]| ModelKind::Arima.fit(y, 4).expect("fits").name();
    assert!(!name(&short).contains("Box-Cox"), "{}", name(&short));
    assert!(name(&long).contains("Box-Cox"), "{}", name(&long));
    assert!(
        !name(&long[1..]).contains("Box-Cox"),
        "{}",
        name(&long[1..])
    );
}

/// A form chosen by the automatic search is calibrated wider than the same form given
/// (Akaike's final prediction error instead of `n / (n − p)`), and by exactly that
/// ratio, `sqrt((n + p) / n)`: M3 quarterly N0756 (the set where the search's
/// optimism was measured, crates/forecast/src/calibrate.rs) and M3 monthly N1500.
#[test]
fn a_searched_form_gets_wider_intervals_than_the_same_form_given() {
    use itx_forecast::ets::Ets;
    for (y, season) in [(quarterly("N0756"), 4), (series("N1500"), 12)] {
        let auto = Ets::auto().fit(&y, season).expect("fits");
        let given = Ets::with_spec(auto.spec()).fit(&y, season).expect("fits");
        assert!(auto.chosen_by_fit() && !given.chosen_by_fit());
        assert_eq!(auto.spec(), given.spec());
        let (n, p) = (auto.n_obs() as f64, auto.n_params());
        let width = |f: Box<dyn Fitted>| {
            let fc = Forecaster::from_fitted(&y, season, f)
                .forecast(4, &[80])
                .expect("forecasts");
            fc.upper[&80][0] - fc.lower[&80][0]
        };
        let ratio = width(Box::new(auto)) / width(Box::new(given));
        let want = ((n + p) / n).sqrt();
        assert!(
            (ratio - want).abs() < 1e-6,
            "{ratio} vs {want} (n {n}, p {p})"
        );
    }
}

/// The baselines' errors are the series' own changes, not rescaled by the level
/// (`Fitted::errors_scale_with_level`), so their calibrated intervals do not move when
/// the whole series is lifted by a constant: the year-on-year changes are the same.
/// With the level rescaling they did (the lifted series' early errors counted less),
/// and seasonal naive covered 85.8% of M3 quarterly test values with 80% intervals.
#[test]
fn a_baseline_interval_is_the_same_for_a_series_lifted_by_a_constant() {
    use itx_forecast::naive::{Naive, SeasonalNaive};
    let y = quarterly("N0756");
    let lifted: Vec<f64> = y.iter().map(|v| v + 10_000.0).collect();
    let width = |y: &[f64], f: Box<dyn Fitted>| {
        let fc = Forecaster::from_fitted(y, 4, f)
            .forecast(8, &[80, 95])
            .expect("forecasts");
        (0..8)
            .map(|k| fc.upper[&80][k] - fc.lower[&80][k] + fc.upper[&95][k] - fc.lower[&95][k])
            .collect::<Vec<f64>>()
    };
    let snaive = |y: &[f64]| Box::new(SeasonalNaive.fit(y, 4).expect("fits")) as Box<dyn Fitted>;
    let naive = |y: &[f64]| Box::new(Naive.fit(y, 4).expect("fits")) as Box<dyn Fitted>;
    for (a, b) in [
        (width(&y, snaive(&y)), width(&lifted, snaive(&lifted))),
        (width(&y, naive(&y)), width(&lifted, naive(&lifted))),
    ] {
        for (wa, wb) in a.iter().zip(&b) {
            assert!((wa - wb).abs() < 1e-6 * wa, "{wa} vs {wb}");
        }
    }
}

/// The slope smoothing β is capped as statsforecast's AutoETS caps it (see
/// `ets::slope_bound`): at 0.2 for additive-error non-seasonal forms, at the seasonal
/// forms' starting α (0.2 / 12) for the others on monthly data. Reference: statsforecast
/// 2.1.1's AutoETS through `crates/forecast/reference/ets_dump.py` (N0955 quarterly:
/// ETS(A,A,N), α 0.9999, β 0.200056; N2137 monthly: ETS(M,A,N), α 0.519, β 0.016763).
/// Without the cap itx chose β 0.78 on N0955 and β 0.10 on N2137, whose forecast then
/// missed by a sMAPE of 93 (statsforecast's 7.07).
#[test]
fn ets_caps_the_slope_smoothing_as_statsforecast_does() {
    /// Series, quarterly?, season, statsforecast's form, its β, its forecast.
    type Case = (&'static str, bool, usize, &'static str, f64, &'static [f64]);
    let cases: [Case; 2] = [
        (
            "N0955",
            true,
            4,
            "ETS(A,A,N)",
            0.20006,
            &[
                6076.324994,
                6118.651135,
                6160.977276,
                6203.303417,
                6245.629558,
                6287.955699,
                6330.28184,
                6372.607981,
            ],
        ),
        (
            "N2137",
            false,
            12,
            "ETS(M,A,N)",
            0.016763,
            &[
                3351.588256,
                3345.066876,
                3338.545495,
                3332.024115,
                3325.502735,
                3318.981354,
                3312.459974,
                3305.938594,
                3299.417213,
                3292.895833,
                3286.374453,
                3279.853073,
                3273.331692,
                3266.810312,
                3260.288932,
                3253.767551,
                3247.246171,
                3240.724791,
            ],
        ),
    ];
    for (id, is_quarterly, m, form, beta_cap, want) in cases {
        let fit = itx_forecast::ets::Ets::auto()
            .fit(&train(is_quarterly, id), m)
            .expect("fits");
        assert_eq!(fit.name(), form, "{id}");
        let beta = fit.params().beta;
        assert!(
            beta <= beta_cap && beta >= 0.9 * beta_cap,
            "{id}: β {beta} is not at statsforecast's cap {beta_cap}"
        );
        let d = max_rel(&fit.path(&vec![0.0; want.len()]), want);
        assert!(
            d <= 1e-3,
            "{id}: forecasts differ from statsforecast's by {d:.2e}"
        );
    }
}

/// On quarterly data the initial seasonal states are fitted by the likelihood with the
/// rest, as statsforecast fits them (`ets::fit_form`). Reference: statsforecast 2.1.1's
/// AutoETS through `crates/forecast/reference/ets_dump.py` on M3 quarterly. With the
/// decomposition's states kept, itx's forecasts differed from these by 1.8e-3 (N0859)
/// and 3.7e-3 (N0864); fitted, by under 1e-4.
#[test]
fn ets_fits_quarterly_seasonal_states_as_statsforecast_does() {
    let cases: [(&str, &str, [f64; 8]); 2] = [
        (
            "N0859",
            "ETS(A,A,A)",
            [
                11061.81527,
                11011.691763,
                10935.710592,
                11045.055486,
                11199.596601,
                11149.473095,
                11073.491923,
                11182.836817,
            ],
        ),
        (
            "N0864",
            "ETS(M,N,A)",
            [
                4128.465255,
                1577.313142,
                769.935074,
                2681.587487,
                4128.465255,
                1577.313142,
                769.935074,
                2681.587487,
            ],
        ),
    ];
    for (id, form, want) in cases {
        let fit = itx_forecast::ets::Ets::auto()
            .fit(&quarterly(id), 4)
            .expect("fits");
        assert_eq!(fit.name(), form, "{id}");
        let d = max_rel(&fit.path(&[0.0; 8]), &want);
        assert!(
            d <= 1e-4,
            "{id}: forecasts differ from statsforecast's by {d:.2e}"
        );
    }
}
