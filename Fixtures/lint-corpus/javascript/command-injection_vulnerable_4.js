const Koa = require('koa');
const { spawn, execFile } = require('child_process');

const app = new Koa();

app.use(async (ctx) => {
  if (ctx.path === '/thumbnail') {
    const child = spawn('sh', ['-c', `convert ${ctx.query.file} -resize 200x200 thumb.png`]); // expect: command-injection
    ctx.body = await new Promise((resolve) => child.on('close', (code) => resolve({ code })));
  } else if (ctx.path === '/log') {
    const cmd = ['git', 'log', '--oneline', ctx.query.ref].join(' ');
    const git = spawn(cmd, { shell: true }); // expect: command-injection
    ctx.body = git.stdout;
  } else if (ctx.path === '/grep') {
    execFile('bash', ['-c', 'grep -r ' + ctx.query.pattern + ' ./docs'], (err, out) => { // expect: command-injection
      ctx.body = err ? '' : out;
    });
  }
});

module.exports = app;
