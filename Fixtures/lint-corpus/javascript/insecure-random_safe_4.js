const express = require('express');
const crypto = require('crypto');

const app = express();
app.use(express.json());

app.post('/password-reset', (req, res) => {
  const token = crypto.randomBytes(32).toString('hex');
  res.locals.reset = { email: req.body.email, token };
  res.sendStatus(202);
});

async function withRetry(task, attempts = 5) {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    try {
      return await task();
    } catch {
      const jitter = Math.random() * 100;
      await new Promise((resolve) => setTimeout(resolve, 2 ** attempt * 100 + jitter));
    }
  }
  throw new Error('gave up');
}

module.exports = { app, withRetry };
