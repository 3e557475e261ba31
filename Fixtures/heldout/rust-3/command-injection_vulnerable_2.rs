//! winlog: collect event logs on Windows build agents for a ticket.
use std::env;
use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    let args: Vec<String> = env::args().collect();
    if args.len() < 3 {
        eprintln!("usage: winlog <ticket> <channel>");
        return ExitCode::from(2);
    }
    let (ticket, channel) = (&args[1], &args[2]);
    let export = format!("wevtutil epl {channel} C:\\logs\\{ticket}.evtx");
    let status = Command::new("cmd").args(["/C", &export]).status(); // expect: command-injection
    match status {
        Ok(s) if s.success() => {}
        _ => return ExitCode::FAILURE,
    }
    let zip = format!("powershell -NoProfile -Command Compress-Archive C:\\logs\\{ticket}.evtx C:\\logs\\{ticket}.zip");
    match Command::new("cmd.exe").arg("/C").arg(zip).status() { // expect: command-injection
        Ok(s) if s.success() => ExitCode::SUCCESS,
        _ => ExitCode::FAILURE,
    }
}
