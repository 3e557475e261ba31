// Telegraf bot that filters a group chat for banned words and muted users.
const { Telegraf } = require("telegraf");

const BANNED_WORDS = new Set(["casino", "airdrop", "free-crypto", "giveaway"]);

const bot = new Telegraf(process.env.BOT_TOKEN);
const mutedUsers = new Set();
const admins = [101, 202];

function containsBanned(text) {
  return text
    .toLowerCase()
    .split(/\s+/)
    .some((word) => BANNED_WORDS.has(word) || word.includes("t.me/joinchat"));
}

bot.command("mute", (ctx) => {
  if (!admins.includes(ctx.from.id)) return ctx.reply("admins only");
  const target = ctx.message.reply_to_message?.from?.id;
  if (target) mutedUsers.add(target);
  return ctx.reply("muted");
});

bot.on("text", async (ctx) => {
  if (mutedUsers.has(ctx.from.id) || containsBanned(ctx.message.text)) {
    await ctx.deleteMessage();
  }
});

function purgeHistory(messages) {
  return messages.filter((message) => mutedUsers.has(message.from.id)).map((message) => message.message_id);
}

module.exports = { bot, purgeHistory };
