// Chat relay: a Telegraf bot forwarding customer questions, with a winston audit log.
const { Telegraf } = require('telegraf');
const winston = require('winston');
const { forwardToAgents } = require('./agents');

const audit = winston.createLogger({
  transports: [new winston.transports.File({ filename: 'relay-audit.log' })],
  format: winston.format.json(),
});

const bot = new Telegraf(process.env.BOT_TOKEN);

bot.on('text', async (ctx) => {
  audit.info('question relayed', { chat: ctx.chat.id, user: ctx.from.id, length: ctx.message.text.length });
  await forwardToAgents(ctx.chat.id, ctx.message.text);
});

bot.command('feedback', (ctx) => {
  const note = ctx.message.text.slice('/feedback'.length).trim();
  audit.info('feedback received', { user: ctx.from.id, note: JSON.stringify(note) });
  return ctx.reply('Thanks!');
});

bot.launch();
