'use strict';
// Express router: previews pick one of the shop's own EJS files; request values are data only.
const express = require('express');
const ejs = require('ejs');
const path = require('path');
const { requireStaff } = require('../middleware/roles');
const { sampleOrder } = require('../orders');

const TEMPLATE_DIR = path.join(__dirname, '..', 'mail-templates');
const TEMPLATES = { confirmation: 'confirmation.ejs', shipped: 'shipped.ejs', refund: 'refund.ejs' };

const router = express.Router();
router.use(express.json(), requireStaff);

router.post('/designer/preview', async (req, res, next) => {
  const file = Object.prototype.hasOwnProperty.call(TEMPLATES, req.body.kind) ? TEMPLATES[req.body.kind] : null;
  if (!file) return res.status(400).json({ error: 'unknown template' });
  try {
    const order = await sampleOrder();
    const html = await ejs.renderFile(path.join(TEMPLATE_DIR, file), { order, greeting: req.body.greeting || 'Hello' });
    return res.json({ html });
  } catch (err) {
    return next(err);
  }
});

module.exports = router;
