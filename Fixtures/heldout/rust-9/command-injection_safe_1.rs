use std::net::IpAddr;
use std::process::Command;

use teloxide::prelude::*;
use teloxide::utils::command::BotCommands;

#[derive(BotCommands, Clone)]
#[command(rename_rule = "lowercase", description = "Network helpers for the ops chat:")]
enum Cmd {
    #[command(description = "ping an address three times")]
    Ping(String),
    #[command(description = "show this text")]
    Help,
}

fn ping_report(host: &str) -> String {
    let addr: IpAddr = match host.trim().parse() {
        Ok(a) => a,
        Err(_) => return "give me an IP address".to_string(),
    };
    match Command::new("ping")
        .args(["-c", "3", "-W", "2"])
        .arg(addr.to_string())
        .output()
    {
        Ok(out) => String::from_utf8_lossy(&out.stdout).into_owned(),
        Err(err) => format!("ping failed: {err}"),
    }
}

async fn answer(bot: Bot, msg: Message, cmd: Cmd) -> ResponseResult<()> {
    let text = match cmd {
        Cmd::Ping(host) => ping_report(&host),
        Cmd::Help => Cmd::descriptions().to_string(),
    };
    bot.send_message(msg.chat.id, text).await?;
    Ok(())
}

#[tokio::main]
async fn main() {
    let bot = Bot::from_env();
    Cmd::repl(bot, answer).await;
}
