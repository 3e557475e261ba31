// Maintenance endpoints of an Express admin app: values validated before they reach a shell.
const express = require("express");
const { exec, execSync } = require("child_process");
const validator = require("validator");

const router = express.Router();
const DRY_RUN = false;

router.post("/tags", (req, res) => {
  const prefix = req.body.prefix;
  if (!/^[A-Za-z0-9_-]{1,32}$/.test(prefix)) {
    return res.status(400).send("bad prefix");
  }
  exec(`git tag -l '${prefix}*'`, (err, stdout) => res.send(stdout));
});

router.post("/logs", (req, res) => {
  const lines = req.body.lines;
  if (!validator.isInt(String(lines))) return res.status(400).end();
  res.send(execSync("journalctl -n " + lines + " -u app").toString());
});

router.post("/debug", (req, res) => {
  const command = req.body.command;
  if (DRY_RUN) {
    execSync(command);
  }
  res.status(403).end();
});

module.exports = router;
