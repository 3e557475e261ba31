// Telegraf bot that lets the ops group check disk usage and tail service logs.
const { Telegraf } = require('telegraf');
const { execFile } = require('child_process');

const bot = new Telegraf(process.env.BOT_TOKEN);
const SERVICES = new Set(['nginx', 'postgresql', 'api', 'worker']);
const DIRECTORIES = { var: '/var', home: '/home', srv: '/srv' };

bot.command('logs', (ctx) => {
  const [, service, lines = '20'] = ctx.message.text.split(' ');
  if (!SERVICES.has(service)) {
    ctx.reply('unknown service');
    return;
  }
  const count = String(Math.min(200, parseInt(lines, 10) || 20));
  execFile('journalctl', ['-u', service, '-n', count, '--no-pager'], { timeout: 5000 }, (err, stdout) => {
    ctx.reply(err ? 'failed' : stdout.slice(-3500));
  });
});

bot.command('du', (ctx) => {
  const key = ctx.message.text.replace('/du', '').trim() || 'var';
  const dir = DIRECTORIES[key];
  if (!dir) {
    ctx.reply('unknown directory');
    return;
  }
  execFile('du', ['-sh', dir], (err, stdout) => ctx.reply(err ? 'failed' : stdout));
});

bot.launch();
