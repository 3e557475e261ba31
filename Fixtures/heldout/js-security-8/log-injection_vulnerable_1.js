// Chat relay: a Telegraf bot forwarding customer questions, with a winston audit log.
const { Telegraf } = require('telegraf');
const winston = require('winston');
const { forwardToAgents } = require('./agents');

const audit = winston.createLogger({
  transports: [new winston.transports.File({ filename: 'relay-audit.log' })],
  format: winston.format.simple(),
});

const bot = new Telegraf(process.env.BOT_TOKEN);

bot.on('text', async (ctx) => {
  const who = ctx.from.username || ctx.from.first_name;
  audit.info('question from ' + who + ': ' + ctx.message.text); // expect: log-injection
  await forwardToAgents(ctx.chat.id, ctx.message.text);
});

bot.command('feedback', (ctx) => {
  const note = ctx.message.text.slice('/feedback'.length).trim();
  console.warn(`feedback received: ${note}`); // expect: log-injection
  return ctx.reply('Thanks!');
});

bot.launch();
