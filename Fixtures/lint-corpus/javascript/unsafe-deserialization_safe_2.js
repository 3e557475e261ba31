const express = require('express');
const YAML = require('yaml');

const router = express.Router();
router.use(express.text());

router.post('/config', (req, res) => {
  const config = YAML.parse(req.body);
  res.json(config);
});

router.post('/state', (req, res) => {
  const state = JSON.parse(Buffer.from(req.body, 'base64').toString('utf8'));
  res.json({ keys: Object.keys(state) });
});

module.exports = router;
