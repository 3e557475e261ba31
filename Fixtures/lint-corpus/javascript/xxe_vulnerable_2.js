const express = require('express');
const libxmljs = require('libxmljs2');

const router = express.Router();
router.use(express.text({ type: '*/xml' }));

router.post('/feeds', (req, res) => {
  const feed = libxmljs.parseXmlString(req.body, { noent: true, dtdload: true }); // expect: xxe
  res.json({ title: feed.get('//title').text() });
});

router.post('/sitemaps', (req, res) => {
  const sitemap = libxmljs.parseXml(req.body, { noent: true, nonet: false }); // expect: xxe
  res.json({ urls: sitemap.find('//loc').length });
});

module.exports = router;
