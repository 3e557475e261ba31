const fs = require('fs');

function readConfig(file) {
  let config = {};
  try {
    config = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {} // expect: empty-catch
  return config;
}

function removeStaleLock(lockFile) {
  try {
    fs.unlinkSync(lockFile);
  } catch {} // expect: empty-catch
}

module.exports = { readConfig, removeStaleLock };
