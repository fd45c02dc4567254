//! Prints the English-form rewrite of an Urdu text file (a debugging aid).
fn main() {
    let path = std::env::args().nth(1).expect("a file");
    let text = std::fs::read_to_string(path).expect("readable UTF-8");
    #[allow(clippy::print_stdout)]
    {
        println!("{}", itx_claims::urdu_rewrite(&text).unwrap_or(text));
    }
}
