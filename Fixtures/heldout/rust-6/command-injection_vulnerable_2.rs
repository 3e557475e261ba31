use std::process::Command;

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

pub fn service_logs(mut state: State) -> HandlerResult {
    let q = LogQuery::take_from(&mut state);
    let line = format!("journalctl -u {} --since '{}' --no-pager -n 200", q.service, q.since);
    let body = Exec::shell(line) // expect: command-injection
        .stdout(Redirection::Pipe)
        .capture()
        .map(|c| c.stdout_str())
        .unwrap_or_default();
    let res = create_response(&state, StatusCode::OK, mime::TEXT_PLAIN, body);
    Ok((state, res))
}

pub fn windows_events(mut state: State) -> HandlerResult {
    let q = LogQuery::take_from(&mut state);
    let out = Command::new("cmd") // expect: command-injection
        .args(["/C", &format!("wevtutil qe {} /c:50 /f:text", q.service)])
        .output();
    let body = out.map(|o| String::from_utf8_lossy(&o.stdout).into_owned()).unwrap_or_default();
    let res = create_response(&state, StatusCode::OK, mime::TEXT_PLAIN, body);
    Ok((state, res))
}
