const fs = require('fs');

function loadSettings(path) {
  try {
    return JSON.parse(fs.readFileSync(path, 'utf8'));
  } catch (err) {
    if (err.code === 'ENOENT') {
      return {};
    }
    throw err;
  }
}

function removeIfExists(path) {
  try {
    fs.unlinkSync(path);
  } catch {
    // The file was already gone: nothing to remove.
  }
}

function readLock(path) {
  try {
    return fs.readFileSync(path, 'utf8');
  } finally {
    fs.rmSync(path, { force: true });
  }
}

module.exports = { loadSettings, removeIfExists, readLock };
