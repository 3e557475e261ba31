use clap::Parser;
use std::path::PathBuf;

/// Prints how many lines of each file match a pattern.
#[derive(Parser)]
struct Args {
    pattern: String,
    files: Vec<PathBuf>,
}

fn main() {
    let args = Args::parse();
    let re = regex::Regex::new(&args.pattern).expect("invalid pattern");
    let mut total = 0usize;

    for path in &args.files {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{}: {e}", path.display());
                continue;
            }
        };
        let hits = text.lines().filter(|l| re.is_match(l)).count();
        total += hits;
        println!("{:>6}  {}", hits, path.display());
    }
    let width = args.files.iter().map(|p| p.as_os_str().len()).max().unwrap_or(0);
    println!("{:>6}  {:width$}", total, "total");
}
