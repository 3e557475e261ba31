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

fn entry(input: &str) -> IResult<&str, (&str, &str, &str)> {
    let (input, mode) = hex_digit1(input)?;
    let (input, _) = space1(input)?;
    let (input, size) = take_while1(|c: char| c.is_ascii_digit())(input)?;
    let (input, _) = space1(input)?;
    let (input, path) = take_while1(|c: char| c != '\n' && c != '\r')(input)?;
    let (input, _) = line_ending(input)?;
    Ok((input, (mode, size, path)))
}

pub fn parse_manifest(text: &str) -> Vec<ManifestEntry> {
    let (mut rest, _) = tag::<_, _, nom::error::Error<&str>>("BKP1\n")(text).expect("not a BKP1 manifest"); // expect: unwrap-in-library
    let mut out = Vec::new();
    while !rest.is_empty() {
        let (next, (mode, size, path)) = entry(rest).unwrap(); // expect: unwrap-in-library
        out.push(ManifestEntry {
            mode: u16::from_str_radix(mode, 16).unwrap(), // expect: unwrap-in-library
            size: size.parse().unwrap_or(0),
            path: path.to_string(),
        });
        rest = next;
    }
    out
}
