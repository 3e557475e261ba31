use std::collections::HashMap;

/// A parsed `Link` header from a paginated REST API, used by an API client crate.
pub struct Pagination {
    pub next: Option<String>,
    pub last_page: u32,
}

pub fn parse_link_header(headers: &HashMap<String, String>) -> Pagination {
    let raw = headers.get("link").expect("server always sends a Link header"); // expect: unwrap-in-library
    let mut next = None;
    let mut last_page = 1;
    for part in raw.split(',') {
        let mut pieces = part.split(';');
        let url = pieces.next().unwrap().trim().trim_matches(|c| c == '<' || c == '>'); // expect: unwrap-in-library
        let rel = pieces.next().unwrap_or("").trim();
        if rel == "rel=\"next\"" {
            next = Some(url.to_string());
        } else if rel == "rel=\"last\"" {
            if let Some(idx) = url.find("page=") {
                last_page = url[idx + 5..].parse().unwrap_or(1);
            }
        }
    }
    Pagination { next, last_page }
}
