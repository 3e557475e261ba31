// Settings stored as XML; the settings panel calls readSetting(doc, key).
const xpath = require("xpath");

function readSetting(doc, key) {
  return xpath.select("//setting[@key='" + key + "']/@value", doc); // expect: xpath-injection
}

module.exports = { readSetting };
