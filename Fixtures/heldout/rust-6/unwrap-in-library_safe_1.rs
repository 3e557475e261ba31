//! Parser for the `.bkp` backup manifest format used by the sync agent.

use nom::bytes::complete::{tag, take_while1};
use nom::character::complete::{hex_digit1, line_ending, space1};
use nom::IResult;

#[derive(Debug, PartialEq)]
pub struct ManifestEntry {
    pub mode: u16,
    pub size: u64,
    pub path: String,
}

#[derive(Debug, thiserror::Error)]
pub enum ManifestError {
    #[error("not a BKP1 manifest")]
    BadHeader,
    #[error("malformed entry near {0:?}")]
    BadEntry(String),
}

fn entry(input: &str) -> IResult<&str, (&str, &str, &str)> {
    let (input, mode) = hex_digit1(input)?;
    let (input, _) = space1(input)?;
    let (input, size) = take_while1(|c: char| c.is_ascii_digit())(input)?;
    let (input, _) = space1(input)?;
    let (input, path) = take_while1(|c: char| c != '\n' && c != '\r')(input)?;
    let (input, _) = line_ending(input)?;
    Ok((input, (mode, size, path)))
}

/// Parses a manifest.
///
/// ```
/// let entries = bkp::parse_manifest("BKP1\n1a4 12 notes.txt\n").unwrap();
/// assert_eq!(entries.len(), 1);
/// ```
pub fn parse_manifest(text: &str) -> Result<Vec<ManifestEntry>, ManifestError> {
    let (mut rest, _) =
        tag::<_, _, nom::error::Error<&str>>("BKP1\n")(text).map_err(|_| ManifestError::BadHeader)?;
    let mut out = Vec::new();
    while !rest.is_empty() {
        let snippet: String = rest.chars().take(20).collect();
        let (next, (mode, size, path)) = entry(rest).map_err(|_| ManifestError::BadEntry(snippet.clone()))?;
        out.push(ManifestEntry {
            mode: u16::from_str_radix(mode, 16).map_err(|_| ManifestError::BadEntry(snippet.clone()))?,
            size: size.parse().map_err(|_| ManifestError::BadEntry(snippet))?,
            path: path.to_string(),
        });
        rest = next;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_one_entry() {
        let entries = parse_manifest("BKP1\n1a4 12 notes.txt\n").unwrap();
        assert_eq!(entries[0].mode, 0o644);
    }
}
