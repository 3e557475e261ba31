use gotham::handler::HandlerResult;
use gotham::helpers::http::response::create_response;
use gotham::hyper::StatusCode;
use gotham::prelude::*;
use gotham::state::State;
use subprocess::{Exec, Redirection};

#[derive(Deserialize, StateData, StaticResponseExtender)]
pub struct LogQuery {
    service: String,
    since: String,
}

const SERVICES: &[&str] = &["nginx", "postgresql", "app-worker"];

fn valid_since(s: &str) -> bool {
    s.len() <= 19 && s.chars().all(|c| c.is_ascii_digit() || c == '-' || c == ':' || c == ' ')
}

pub fn service_logs(mut state: State) -> HandlerResult {
    let q = LogQuery::take_from(&mut state);
    if !SERVICES.contains(&q.service.as_str()) || !valid_since(&q.since) {
        let res = create_response(&state, StatusCode::BAD_REQUEST, mime::TEXT_PLAIN, "bad query");
        return Ok((state, res));
    }
    let body = Exec::cmd("journalctl")
        .args(&["-u", q.service.as_str(), "--since", q.since.as_str(), "--no-pager", "-n", "200"])
        .stdout(Redirection::Pipe)
        .capture()
        .map(|c| c.stdout_str())
        .unwrap_or_default();
    let res = create_response(&state, StatusCode::OK, mime::TEXT_PLAIN, body);
    Ok((state, res))
}
