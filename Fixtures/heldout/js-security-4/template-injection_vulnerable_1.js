'use strict';
// Express router for the shop's e-mail designer: preview a template against a sample order.
const express = require('express');
const ejs = require('ejs');
const Handlebars = require('handlebars');
const { requireStaff } = require('../middleware/roles');
const { sampleOrder } = require('../orders');

const router = express.Router();
router.use(express.json({ limit: '100kb' }), requireStaff);

router.post('/designer/preview', async (req, res) => {
  const order = await sampleOrder();
  const layout = req.body.layout || '<p>Hello <%= order.customer %></p>';
  const html = ejs.render(layout, { order }); // expect: template-injection
  res.json({ html });
});

router.post('/designer/subject', async (req, res) => {
  const order = await sampleOrder();
  const subjectLine = `${req.body.prefix || ''} {{order.number}}`;
  const subject = Handlebars.compile(subjectLine)({ order }); // expect: template-injection
  res.json({ subject });
});

module.exports = router;
