// Network tools of an Express admin app: checks that do not hold a value to a shape.
const express = require("express");
const { exec, execSync } = require("child_process");

const router = express.Router();

router.post("/ping", (req, res) => {
  const host = req.body.host;
  if (!/[a-z0-9.-]+/.test(host)) return res.status(400).end();
  exec("ping -c 3 " + host, (err, stdout) => res.send(stdout)); // expect: command-injection
});

router.post("/dig", (req, res) => {
  const parts = ["dig", "+short"];
  parts.push(req.body.name);
  const out = execSync(parts.join(" ")); // expect: command-injection
  res.send(out.toString());
});

module.exports = router;
