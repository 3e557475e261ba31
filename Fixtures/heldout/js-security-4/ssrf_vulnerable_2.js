'use strict';
// Express router: outgoing webhooks configured by workspace admins, with a "send test" button.
const express = require('express');
const https = require('https');
const { requireSession, requireWorkspaceAdmin } = require('../middleware/access');

const router = express.Router();

function Webhook(settings) {
  this.url = settings.url;
  this.secretHeader = settings.secretHeader || 'X-Hook-Token';
}

Webhook.prototype.ping = function ping(token) {
  return new Promise((resolve, reject) => {
    const req = https.request(this.url, { method: 'POST', headers: { [this.secretHeader]: token } }, (res) => { // expect: ssrf
      res.resume();
      resolve(res.statusCode);
    });
    req.on('error', reject);
    req.end(JSON.stringify({ event: 'ping' }));
  });
};

router.post('/webhooks/test', requireSession, requireWorkspaceAdmin, async (req, res, next) => {
  try {
    const hook = new Webhook(req.body);
    const status = await hook.ping(req.workspace.hookToken);
    res.json({ status });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
