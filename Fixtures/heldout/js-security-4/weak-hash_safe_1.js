'use strict';
// Express router: account registration and login with bcrypt.
const express = require('express');
const bcrypt = require('bcrypt');
const { createUser, findUserByEmail } = require('../users');

const COST = 12;
const router = express.Router();
router.use(express.json());

router.post('/register', async (req, res) => {
  const hash = await bcrypt.hash(String(req.body.password), COST);
  const user = await createUser(req.body.email, hash);
  res.status(201).json({ id: user.id });
});

router.post('/login', async (req, res) => {
  const user = await findUserByEmail(String(req.body.email));
  const ok = user ? await bcrypt.compare(String(req.body.password), user.passwordHash) : false;
  res.status(ok ? 200 : 401).json({ ok });
});

module.exports = router;
