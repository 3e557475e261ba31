const express = require('express');

const app = express();

app.get('/health', (_req, res) => {
  res.json({ ok: true });
});

app.listen(3000, '0.0.0.0'); // expect: bind-all-interfaces
