const express = require('express');
const v8 = require('v8');
const yaml = require('js-yaml');
const { unserialize } = require('node-serialize');

const router = express.Router();
router.use(express.text());

router.post('/state', (req, res) => {
  const state = v8.deserialize(Buffer.from(req.body, 'base64')); // expect: unsafe-deserialization
  res.json({ keys: Object.keys(state) });
});

router.post('/config', (req, res) => {
  const config = yaml.load(req.body, { schema: yaml.DEFAULT_FULL_SCHEMA }); // expect: unsafe-deserialization
  res.json(config);
});

router.post('/session', (req, res) => {
  const session = unserialize(req.body); // expect: unsafe-deserialization
  res.json({ user: session.user });
});

module.exports = router;
