//! PNG output through resvg, with the font embedded in the crate.
//!
//! resvg draws text only with fonts it has been given, and a CI machine or a
//! container may have none installed, so the crate carries subsets of DejaVu Sans
//! and DejaVu Sans Bold (Latin, Greek for the Box-Cox λ, punctuation, currency; about
//! 100 KB each, cut with fonttools' pyftsubset from Debian's fonts-dejavu-core; licence in
//! `fonts/LICENSE`) and never consults the system's fonts. The same input therefore
//! renders to the same pixels everywhere.

use std::sync::{Arc, OnceLock};

use resvg::{tiny_skia, usvg};

use crate::Error;

const REGULAR: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");
const BOLD: &[u8] = include_bytes!("../fonts/DejaVuSans-Bold.ttf");

/// Noto Naskh Arabic, regular and bold, subset to Latin, Arabic and Urdu
/// (SIL Open Font Licence; `fonts/LICENSE-NotoNaskhArabic`): the dashboard
/// serves them to Urdu pages, so that Urdu reads the same on every machine.
pub const URDU_FONTS: [(&str, &[u8]); 2] = [
    (
        "NotoNaskhArabic-Regular.ttf",
        include_bytes!("../fonts/NotoNaskhArabic-Regular.ttf"),
    ),
    (
        "NotoNaskhArabic-Bold.ttf",
        include_bytes!("../fonts/NotoNaskhArabic-Bold.ttf"),
    ),
];

/// The family the embedded fonts declare; every generic family maps to it.
const FAMILY: &str = "DejaVu Sans";

fn fontdb() -> Arc<usvg::fontdb::Database> {
    static DB: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = usvg::fontdb::Database::new();
        // DejaVu for Latin; Noto Naskh Arabic for Urdu, which usvg falls back
        // to for the letters DejaVu lacks (and shapes and orders right to left).
        for data in [REGULAR, BOLD, URDU_FONTS[0].1, URDU_FONTS[1].1] {
            db.load_font_source(usvg::fontdb::Source::Binary(Arc::new(data)));
        }
        db.set_serif_family(FAMILY);
        db.set_sans_serif_family(FAMILY);
        db.set_monospace_family(FAMILY);
        db.set_cursive_family(FAMILY);
        db.set_fantasy_family(FAMILY);
        Arc::new(db)
    })
    .clone()
}

/// Renders an SVG document (normally one from [`svg`](crate::svg)) to PNG bytes at
/// `scale` times its size: 2.0 turns an 800 × 450 chart into a 1600 × 900 image,
/// sharp enough to paste into a document.
///
/// Text is set in the embedded DejaVu Sans whatever family the SVG asks for.
///
/// # Errors
/// [`Error::BadScale`] unless `scale` is in 0.1–8, [`Error::Svg`] when the text is
/// not an SVG document resvg can read, [`Error::Png`] if encoding fails.
pub fn png(svg: &str, scale: f32) -> Result<Vec<u8>, Error> {
    render(svg, scale)?
        .encode_png()
        .map_err(|e| Error::Png(e.to_string()))
}

/// Rasterises `svg` onto a pixmap.
pub(crate) fn render(svg: &str, scale: f32) -> Result<tiny_skia::Pixmap, Error> {
    if !(scale.is_finite() && (0.1..=8.0).contains(&scale)) {
        return Err(Error::BadScale(scale));
    }
    let opt = usvg::Options {
        font_family: FAMILY.to_string(),
        fontdb: fontdb(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &opt).map_err(|e| Error::Svg(e.to_string()))?;
    let size = tree.size();
    let (w, h) = (
        (size.width() * scale).round().max(1.0) as u32,
        (size.height() * scale).round().max(1.0) as u32,
    );
    let mut pixmap = tiny_skia::Pixmap::new(w, h)
        .ok_or_else(|| Error::Png(format!("cannot allocate a {w}x{h} image")))?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    Ok(pixmap)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Dark pixels in a region: text that renders leaves some, text that does not
    /// (no font) leaves none.
    fn dark_pixels(svg: &str) -> usize {
        let pixmap = render(svg, 1.0).unwrap();
        pixmap
            .pixels()
            .iter()
            .filter(|p| p.alpha() > 0 && p.red() < 128)
            .count()
    }

    #[test]
    fn text_renders_with_the_embedded_fonts() {
        for (weight, family) in [
            ("normal", "DejaVu Sans"),
            ("bold", "DejaVu Sans"),
            ("normal", "Helvetica, Arial"),
            ("normal", "serif"),
        ] {
            let svg = format!(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"40\">\
                 <text x=\"5\" y=\"28\" font-size=\"24\" font-weight=\"{weight}\" font-family=\"{family}\">US$ million</text></svg>"
            );
            assert!(
                dark_pixels(&svg) > 200,
                "no text drawn for {weight} {family}"
            );
        }
    }

    /// Issue 14: the fan chart's subtitle says "Box-Cox λ = 0.42"; the first
    /// subset had no Greek, so the PNG drew the missing-glyph box for the λ.
    /// Each character the charts write must draw differently from a character
    /// no font has (U+E000, private use), in both weights.
    #[test]
    fn characters_the_charts_use_are_not_missing_glyph_boxes() {
        let draw = |c: char, weight: &str| {
            let svg = format!(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"60\" height=\"40\">\
                 <text x=\"5\" y=\"30\" font-size=\"30\" font-weight=\"{weight}\">{c}</text></svg>"
            );
            render(&svg, 1.0).unwrap().data().to_vec()
        };
        for weight in ["normal", "bold"] {
            let missing = draw('\u{e000}', weight);
            for c in ['λ', '$', '–', '→', '≈', '·', '…', '’', 'é'] {
                assert_ne!(
                    draw(c, weight),
                    missing,
                    "{c:?} ({weight}) is drawn as a missing glyph"
                );
            }
        }
    }

    #[test]
    fn the_embedded_fonts_are_the_only_ones() {
        let db = fontdb();
        assert_eq!(db.len(), 4);
        assert!(db.faces().all(|f| {
            f.families
                .iter()
                .any(|(name, _)| name == FAMILY || name == "Noto Naskh Arabic")
        }));
    }

    /// Issue 15: an Urdu chart's words draw in Naskh, not as missing-glyph boxes.
    #[test]
    fn urdu_renders() {
        let draw = |s: &str| {
            let svg = format!(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"50\">\
                 <text x=\"5\" y=\"35\" font-size=\"24\">{s}</text></svg>"
            );
            render(&svg, 1.0).unwrap().data().to_vec()
        };
        for word in ["ریکارڈ", "جولائی", "برآمدات", "۔"] {
            let missing = draw(&"\u{e000}".repeat(word.chars().count()));
            assert_ne!(draw(word), missing, "{word} drawn as missing glyphs");
            assert!(
                draw(word).chunks(4).any(|p| p[3] > 0 && p[0] < 128),
                "{word} not drawn"
            );
        }
    }

    #[test]
    fn bad_input_is_an_error() {
        assert!(matches!(png("<svg", 1.0), Err(Error::Svg(_))));
        assert!(matches!(png("", 1.0), Err(Error::Svg(_))));
        for s in [0.0, -1.0, f32::NAN, 100.0] {
            assert!(matches!(
                png(
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"2\" height=\"2\"/>",
                    s
                ),
                Err(Error::BadScale(_))
            ));
        }
    }
}
