// Theme files of an Express CMS: a ".." check before paths that do not keep the name in its folder.
const express = require("express");
const fs = require("fs/promises");
const path = require("path");

const router = express.Router();
const THEMES = "/srv/cms/themes";

router.get("/themes/css", async (req, res) => {
  const theme = req.query.theme;
  if (theme.includes("..")) return res.status(400).end();
  const css = await fs.readFile(path.resolve(THEMES, theme, "style.css"), "utf8"); // expect: path-traversal
  res.type("text/css").send(css);
});

router.get("/themes/preview", async (req, res) => {
  const file = req.query.file;
  if (file.indexOf("..") !== -1) return res.status(400).end();
  res.send(await fs.readFile(file, "utf8")); // expect: path-traversal
});

module.exports = router;
