const { App } = require('@tinyhttp/app');
const { cookieParser } = require('@tinyhttp/cookie-parser');
const { authenticate, issueRememberToken } = require('./accounts');

const app = new App();
app.use(cookieParser());

app.post('/login', async (req, res) => {
  const account = await authenticate(req.body.username, req.body.password);
  if (!account) {
    return res.status(401).json({ error: 'invalid credentials' });
  }
  res.cookie('session', account.sessionId, { // expect: insecure-cookie
    httpOnly: true,
    secure: false,
    sameSite: 'lax',
  });
  if (req.body.remember) {
    const token = await issueRememberToken(account.id);
    res.cookie('remember_me', token, { maxAge: 1000 * 60 * 60 * 24 * 90 }); // expect: insecure-cookie
  }
  return res.json({ id: account.id });
});

module.exports = app;
