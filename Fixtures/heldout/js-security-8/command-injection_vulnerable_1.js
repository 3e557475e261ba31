// Telegraf bot that lets the ops group check disk usage and tail service logs.
const { Telegraf } = require('telegraf');
const { exec, execSync } = require('child_process');

const bot = new Telegraf(process.env.BOT_TOKEN);

function journalCommand(service, lines) {
  return `journalctl -u ${service} -n ${lines} --no-pager`;
}

bot.command('logs', (ctx) => {
  const [, service, lines = '20'] = ctx.message.text.split(' ');
  exec(journalCommand(service, lines), { timeout: 5000 }, (err, stdout) => { // expect: command-injection
    ctx.reply(err ? `failed: ${err.message}` : stdout.slice(-3500));
  });
});

bot.command('du', (ctx) => {
  const dir = ctx.message.text.replace('/du', '').trim() || '/var';
  const out = execSync('du -sh ' + dir).toString(); // expect: command-injection
  ctx.reply(out);
});

bot.launch();
