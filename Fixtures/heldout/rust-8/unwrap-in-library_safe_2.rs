use std::collections::HashMap;

pub struct Pagination {
    pub next: Option<String>,
    pub last_page: u32,
}

pub fn parse_link_header(headers: &HashMap<String, String>) -> Pagination {
    let mut next = None;
    let mut last_page = 1;
    let raw = match headers.get("link") {
        Some(r) => r,
        None => return Pagination { next, last_page },
    };
    for part in raw.split(',') {
        let mut pieces = part.split(';');
        let url = match pieces.next() {
            Some(u) => u.trim().trim_matches(|c| c == '<' || c == '>'),
            None => continue,
        };
        let rel = pieces.next().unwrap_or_default().trim();
        if rel == "rel=\"next\"" {
            next = Some(url.to_string());
        } else if rel == "rel=\"last\"" {
            last_page = url
                .find("page=")
                .and_then(|idx| url[idx + 5..].parse().ok())
                .unwrap_or(1);
        }
    }
    Pagination { next, last_page }
}
