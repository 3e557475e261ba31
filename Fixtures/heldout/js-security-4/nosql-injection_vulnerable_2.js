'use strict';
// Express router: device registry on the MongoDB driver (extended query parsing is on).
const express = require('express');
const { getDb } = require('../mongo');
const { requireSession } = require('../middleware/access');

const router = express.Router();
router.use(express.json(), requireSession);

router.get('/devices', async (req, res, next) => {
  try {
    const filter = Object.assign({}, req.query, { account: req.session.accountId });
    const devices = await getDb().collection('devices').find(filter).project({ secret: 0 }).toArray(); // expect: nosql-injection
    res.json(devices);
  } catch (err) {
    next(err);
  }
});

router.post('/devices/forget', async (req, res, next) => {
  try {
    const { serial } = req.body;
    const result = await getDb().collection('devices').deleteMany({ serial, account: req.session.accountId }); // expect: nosql-injection
    res.json({ removed: result.deletedCount });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
