'use strict';
// Express router: username availability and a mention finder for the forum.
const express = require('express');
const { allUsernames, postBody } = require('../forum');

const router = express.Router();

router.get('/usernames/similar', async (req, res) => {
  const stem = req.query.stem || '';
  const similar = new RegExp('^' + stem + '[0-9_]*$', 'i'); // expect: regex-injection
  const names = await allUsernames();
  res.json(names.filter((name) => similar.test(name)).slice(0, 20));
});

router.get('/posts/:id/mentions', async (req, res) => {
  const body = await postBody(req.params.id);
  const who = req.query.user || '';
  const at = body.search('@' + who); // expect: regex-injection
  res.json({ mentioned: at >= 0, position: at });
});

module.exports = router;
