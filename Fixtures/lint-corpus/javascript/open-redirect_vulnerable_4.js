const express = require('express');

const app = express();
app.use(express.urlencoded({ extended: false }));

app.get('/logout', (req, res) => {
  req.session = null;
  res.redirect(req.query.next || '/'); // expect: open-redirect
});

app.post('/login', (req, res) => {
  const { returnTo } = req.body;
  res.redirect(302, returnTo); // expect: open-redirect
});

module.exports = app;
