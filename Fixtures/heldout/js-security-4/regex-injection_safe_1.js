'use strict';
// Express router: username suggestions with the user's text escaped before building the pattern.
const express = require('express');
const escapeRegExp = require('lodash/escapeRegExp');
const { allUsernames, postBody } = require('../forum');

const router = express.Router();

router.get('/usernames/similar', async (req, res) => {
  const stem = escapeRegExp(String(req.query.stem || ''));
  const similar = new RegExp(`^${stem}[0-9_]*$`, 'i');
  const names = await allUsernames();
  res.json(names.filter((name) => similar.test(name)).slice(0, 20));
});

router.get('/posts/:id/mentions', async (req, res) => {
  const body = await postBody(req.params.id);
  const at = body.indexOf('@' + String(req.query.user || ''));
  res.json({ mentioned: at >= 0, position: at });
});

module.exports = router;
