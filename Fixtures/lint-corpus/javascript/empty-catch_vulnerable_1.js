const fs = require('fs');

function loadSettings(path) {
  let settings = {};
  try {
    settings = JSON.parse(fs.readFileSync(path, 'utf8'));
  } catch {} // expect: empty-catch
  return settings;
}

function removeIfExists(path) {
  try {
    fs.unlinkSync(path);
  } catch (err) {} // expect: empty-catch
}

module.exports = { loadSettings, removeIfExists };
