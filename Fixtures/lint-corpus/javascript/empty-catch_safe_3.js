const fs = require('fs');

function readConfig(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    if (err.code === 'ENOENT') {
      return {};
    }
    throw err;
  }
}

function removeStaleLock(lockFile) {
  try {
    fs.unlinkSync(lockFile);
  } catch {
    // The lock may already be gone after a clean shutdown; nothing to do.
  }
}

function withLock(lockFile, task) {
  fs.writeFileSync(lockFile, String(process.pid));
  try {
    return task();
  } finally {
    removeStaleLock(lockFile);
  }
}

module.exports = { readConfig, withLock };
