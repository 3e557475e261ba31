const express = require('express');

const router = express.Router();
const variables = { greeting: 'Hello', variant: 'var(--accent)' };

router.get('/greeting', (req, res) => {
  const name = req.query.name || 'world';
  res.json({ message: `${variables.greeting}, ${name}!`, color: variables.variant });
});

module.exports = router;
