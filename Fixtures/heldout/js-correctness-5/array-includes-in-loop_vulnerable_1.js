// Telegraf bot that filters a group chat for banned words and muted users.
const { Telegraf } = require("telegraf");

const BANNED_WORDS = ["casino", "airdrop", "free-crypto", "giveaway"];

const bot = new Telegraf(process.env.BOT_TOKEN);
const mutedUsers = [];

function containsBanned(text) {
  return text
    .toLowerCase()
    .split(/\s+/)
    .some((word) => BANNED_WORDS.includes(word));  // expect: array-includes-in-loop
}

bot.command("mute", (ctx) => {
  const target = ctx.message.reply_to_message?.from?.id;
  if (target) mutedUsers.push(target);
  return ctx.reply("muted");
});

bot.on("text", async (ctx) => {
  if (mutedUsers.indexOf(ctx.from.id) !== -1 || containsBanned(ctx.message.text)) {
    await ctx.deleteMessage();
  }
});

function purgeHistory(messages) {
  const removed = [];
  for (const message of messages) {
    if (mutedUsers.includes(message.from.id)) {  // expect: array-includes-in-loop
      removed.push(message.message_id);
    }
  }
  return removed;
}

module.exports = { bot, purgeHistory };
