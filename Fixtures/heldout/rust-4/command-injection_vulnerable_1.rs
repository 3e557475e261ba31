//! Document preview service on salvo: text extraction and thumbnails.

use salvo::http::header::{HeaderValue, CONTENT_TYPE};
use salvo::prelude::*;
use std::process::Command;

const UPLOADS: &str = "/srv/docs/uploads";

fn run(cmd: &mut Command) -> Result<Vec<u8>, String> {
    let out = cmd.output().map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).into_owned());
    }
    Ok(out.stdout)
}

#[handler]
async fn extract_text(req: &mut Request, res: &mut Response) {
    let name = req.query::<String>("doc").unwrap_or_default();
    let pages = req.query::<String>("pages").unwrap_or_else(|| "1-3".to_string());
    let line = format!("pdftotext -f {} {}/{} -", pages.replace('-', " -l "), UPLOADS, name);
    match run(Command::new("sh").arg("-c").arg(&line)) { // expect: command-injection
        Ok(text) => res.render(Text::Plain(String::from_utf8_lossy(&text).into_owned())),
        Err(e) => {
            res.status_code(StatusCode::UNPROCESSABLE_ENTITY);
            res.render(Text::Plain(e));
        }
    }
}

#[handler]
async fn thumbnail(req: &mut Request, res: &mut Response) {
    let name: String = req.param("name").unwrap_or_default();
    let width = req.query::<String>("w").unwrap_or_else(|| "240".into());
    let script = format!("convert '{UPLOADS}/{name}[0]' -thumbnail {width}x png:-");
    let mut cmd = Command::new("bash"); // expect: command-injection
    cmd.args(["-c", &script]);
    match run(&mut cmd) {
        Ok(png) => {
            res.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("image/png"));
            if let Err(e) = res.write_body(png) {
                eprintln!("thumbnail body: {e}");
            }
        }
        Err(e) => {
            res.status_code(StatusCode::UNPROCESSABLE_ENTITY);
            res.render(Text::Plain(e));
        }
    }
}

#[tokio::main]
async fn main() {
    let router = Router::new()
        .push(Router::with_path("text").get(extract_text))
        .push(Router::with_path("thumb/<name>").get(thumbnail));
    let acceptor = TcpListener::new("127.0.0.1:5800").bind().await;
    Server::new(acceptor).serve(router).await;
}
