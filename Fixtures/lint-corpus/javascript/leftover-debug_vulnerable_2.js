const express = require('express');

const router = express.Router();

router.post('/signup', (req, res) => {
  const payload = req.body;
  console.log(`signup payload: ${JSON.stringify(payload)}`); // expect: leftover-debug
  if (!payload.email) {
    res.status(400).json({ error: 'email required' });
    return;
  }
  console.debug('valid signup for', payload.email); // expect: leftover-debug
  res.status(201).json({ ok: true });
});

module.exports = router;
