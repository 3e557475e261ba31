// The same settings, read with a fixed expression and filtered in code.
const xpath = require("xpath");

function readSetting(doc, key) {
  return xpath.select("//setting", doc).filter((node) => node.getAttribute("key") === key);
}

module.exports = { readSetting };
