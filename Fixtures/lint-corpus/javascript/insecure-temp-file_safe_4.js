const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');

function bufferUpload(buffer) {
  const target = path.join(os.tmpdir(), `upload-${crypto.randomUUID()}.bin`);
  const fd = fs.openSync(target, 'wx', 0o600);
  fs.writeSync(fd, buffer);
  fs.closeSync(fd);
  return target;
}

function checkScratchSpace() {
  if (!fs.existsSync(os.tmpdir())) {
    throw new Error('cannot write uploads: the temporary directory is missing');
  }
}

module.exports = { bufferUpload, checkScratchSpace };
