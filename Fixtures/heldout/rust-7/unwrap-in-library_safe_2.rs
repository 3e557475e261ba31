//! Reads the `CHANGELOG.md` headings of a crate into release records.
use chrono::NaiveDate;
use regex::Regex;
use std::sync::OnceLock;

#[derive(Debug, thiserror::Error)]
pub enum ChangelogError {
    #[error("bad date in heading {0:?}")]
    Date(String, #[source] chrono::ParseError),
    #[error("heading pattern: {0}")]
    Pattern(#[from] regex::Error),
}

#[derive(Debug, PartialEq)]
pub struct Release {
    pub version: String,
    pub date: NaiveDate,
    pub entries: u16,
}

fn heading() -> Result<&'static Regex, ChangelogError> {
    static RE: OnceLock<Regex> = OnceLock::new();
    if let Some(re) = RE.get() {
        return Ok(re);
    }
    let re = Regex::new(r"^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$")?;
    Ok(RE.get_or_init(|| re))
}

pub fn releases(changelog: &str) -> Result<Vec<Release>, ChangelogError> {
    let re = heading()?;
    let mut out: Vec<Release> = Vec::new();
    for line in changelog.lines() {
        if let Some(caps) = re.captures(line) {
            let version = caps.get(1).map_or("", |m| m.as_str()).to_string();
            let date = NaiveDate::parse_from_str(&caps[2], "%Y-%m-%d")
                .map_err(|e| ChangelogError::Date(line.to_string(), e))?;
            out.push(Release { version, date, entries: 0 });
        } else if line.starts_with("- ") {
            if let Some(last) = out.last_mut() {
                last.entries = last.entries.saturating_add(1);
            }
        }
    }
    Ok(out)
}
