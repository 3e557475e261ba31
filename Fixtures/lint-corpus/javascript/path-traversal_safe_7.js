// Attachment downloads of an Express help desk: names checked for ".." before they are pasted
// after the attachment folder.
const express = require("express");
const fs = require("fs");
const path = require("path");

const router = express.Router();
const ATTACHMENTS = "/var/lib/helpdesk/attachments";

router.get("/tickets/:ticket/files/:name", (req, res) => {
  const { ticket, name } = req.params;
  if (ticket.includes("..") || name.includes("..")) {
    return res.status(400).send("bad name");
  }
  res.sendFile(path.join(ATTACHMENTS, ticket, name));
});

router.get("/exports", (req, res) => {
  const file = String(req.query.file || "");
  if (file.includes("..")) return res.status(400).end();
  fs.createReadStream(`${ATTACHMENTS}/exports/${file}`).pipe(res);
});

module.exports = router;
