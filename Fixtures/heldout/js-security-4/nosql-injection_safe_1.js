'use strict';
// Express router: device registry with string coercion, $eq and ObjectId checks.
const express = require('express');
const { ObjectId } = require('mongodb');
const { getDb } = require('../mongo');
const { requireSession } = require('../middleware/access');

const router = express.Router();
router.use(express.json(), requireSession);

router.get('/devices', async (req, res, next) => {
  try {
    const filter = { account: req.session.accountId };
    if (typeof req.query.model === 'string') filter.model = { $eq: req.query.model };
    const devices = await getDb().collection('devices').find(filter).project({ secret: 0 }).toArray();
    res.json(devices);
  } catch (err) {
    next(err);
  }
});

router.delete('/devices/:id', async (req, res, next) => {
  if (!ObjectId.isValid(req.params.id)) return res.status(404).end();
  try {
    const result = await getDb()
      .collection('devices')
      .deleteOne({ _id: new ObjectId(req.params.id), account: req.session.accountId });
    return res.json({ removed: result.deletedCount });
  } catch (err) {
    return next(err);
  }
});

router.post('/devices/forget', async (req, res, next) => {
  try {
    const serial = String(req.body.serial);
    const result = await getDb().collection('devices').deleteMany({ serial, account: req.session.accountId });
    res.json({ removed: result.deletedCount });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
