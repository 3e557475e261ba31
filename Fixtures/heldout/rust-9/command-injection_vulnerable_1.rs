use std::process::Command;

use teloxide::prelude::*;
use teloxide::utils::command::BotCommands;

#[derive(BotCommands, Clone)]
#[command(rename_rule = "lowercase", description = "Network helpers for the ops chat:")]
enum Cmd {
    #[command(description = "ping a host three times")]
    Ping(String),
    #[command(description = "show this text")]
    Help,
}

fn ping_report(host: &str) -> String {
    let line = format!("ping -c 3 -W 2 {} | tail -n 2", host.trim());
    match Command::new("sh").arg("-c").arg(&line).output() { // expect: command-injection
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
