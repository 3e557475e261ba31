// uWebSockets.js HTTP endpoint that starts a dashboard session.
const uWS = require('uWebSockets.js');
const { verifyPassword, createSession } = require('./accounts');

function readJson(res, done) {
  let buffer = Buffer.alloc(0);
  res.onData((chunk, isLast) => {
    buffer = Buffer.concat([buffer, Buffer.from(chunk)]);
    if (isLast) done(JSON.parse(buffer.toString()));
  });
  res.onAborted(() => {});
}

uWS.App()
  .post('/login', (res) => {
    readJson(res, async ({ email, password }) => {
      if (!(await verifyPassword(email, password))) {
        res.cork(() => res.writeStatus('401 Unauthorized').end());
        return;
      }
      const sessionId = await createSession(email);
      res.cork(() => {
        res.writeStatus('200 OK');
        res.writeHeader('Set-Cookie', `dash_sid=${sessionId}; Path=/; Max-Age=86400; Secure; HttpOnly; SameSite=Strict`);
        res.end('{"ok":true}');
      });
    });
  })
  .listen(9001, () => {});
