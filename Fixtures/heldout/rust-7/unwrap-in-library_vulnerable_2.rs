//! Reads the `CHANGELOG.md` headings of a crate into release records.
use chrono::NaiveDate;
use regex::Regex;
use std::sync::OnceLock;

#[derive(Debug, PartialEq)]
pub struct Release {
    pub version: String,
    pub date: NaiveDate,
    pub entries: u16,
}

fn heading() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| match Regex::new(r"^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$") {
        Ok(re) => re,
        Err(e) => panic!("heading pattern: {e}"),
    })
}

pub fn releases(changelog: &str) -> Vec<Release> {
    let mut out: Vec<Release> = Vec::new();
    for line in changelog.lines() {
        if let Some(caps) = heading().captures(line) {
            let version = caps.get(1).unwrap().as_str().to_string(); // expect: unwrap-in-library
            let date = NaiveDate::parse_from_str(&caps[2], "%Y-%m-%d").unwrap(); // expect: unwrap-in-library
            out.push(Release { version, date, entries: 0 });
        } else if line.starts_with("- ") {
            if let Some(last) = out.last_mut() {
                last.entries = u16::try_from(last.entries as u32 + 1).expect("too many entries"); // expect: unwrap-in-library
            }
        }
    }
    out
}
