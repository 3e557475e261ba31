//! Parses podcast RSS feeds into episodes.
//!
//! ```
//! let eps = podfeed::parse_feed(b"<rss><item><title>Hi</title></item></rss>").unwrap();
//! assert_eq!(eps.len(), 1);
//! ```
use quick_xml::events::Event;
use quick_xml::Reader;

#[derive(Debug, thiserror::Error)]
pub enum FeedError {
    #[error("xml: {0}")]
    Xml(#[from] quick_xml::Error),
    #[error("tag name is not UTF-8")]
    TagName(#[from] std::str::Utf8Error),
    #[error("bad duration {0:?}")]
    Duration(String),
}

#[derive(Debug, Default, Clone)]
pub struct Episode {
    pub title: String,
    pub duration_secs: u32,
}

pub fn parse_feed(xml: &[u8]) -> Result<Vec<Episode>, FeedError> {
    let mut reader = Reader::from_reader(xml);
    reader.config_mut().trim_text(true);
    let mut buf = Vec::new();
    let mut episodes = Vec::new();
    let mut current: Option<Episode> = None;
    let mut field = String::new();
    loop {
        match reader.read_event_into(&mut buf)? {
            Event::Start(e) => {
                let name = std::str::from_utf8(e.name().as_ref())?.to_string();
                if name == "item" {
                    current = Some(Episode::default());
                }
                field = name;
            }
            Event::Text(t) => {
                if let Some(ep) = current.as_mut() {
                    let text = t.unescape().map(|c| c.into_owned()).unwrap_or_default();
                    match field.as_str() {
                        "title" => ep.title = text,
                        "itunes:duration" => {
                            ep.duration_secs = text.parse::<u32>().map_err(|_| FeedError::Duration(text.clone()))?
                        }
                        _ => {}
                    }
                }
            }
            Event::End(e) if e.name().as_ref() == b"item" => {
                if let Some(ep) = current.take() {
                    episodes.push(ep);
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(episodes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_duration() {
        let xml = b"<rss><item><itunes:duration>61</itunes:duration></item></rss>";
        let eps = parse_feed(xml).unwrap();
        assert_eq!(eps[0].duration_secs, 61);
    }
}
