//! Parses podcast RSS feeds into episodes.
use quick_xml::events::Event;
use quick_xml::Reader;

#[derive(Debug, Default, Clone)]
pub struct Episode {
    pub title: String,
    pub duration_secs: u32,
}

pub fn parse_feed(xml: &[u8]) -> Vec<Episode> {
    let mut reader = Reader::from_reader(xml);
    reader.config_mut().trim_text(true);
    let mut buf = Vec::new();
    let mut episodes = Vec::new();
    let mut current: Option<Episode> = None;
    let mut field = String::new();
    loop {
        match reader.read_event_into(&mut buf).unwrap() { // expect: unwrap-in-library
            Event::Start(e) => {
                let name = std::str::from_utf8(e.name().as_ref()).expect("tag name is UTF-8").to_string(); // expect: unwrap-in-library
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
                        "itunes:duration" => ep.duration_secs = text.parse::<u32>().unwrap(), // expect: unwrap-in-library
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
    episodes
}
