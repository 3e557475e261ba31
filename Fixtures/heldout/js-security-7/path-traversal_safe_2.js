'use strict';
// Bree job: unpacks theme archives, every entry checked to stay inside the theme folder.
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const yauzl = require('yauzl');

const THEMES = '/var/lib/shop/themes';

function inside(root, name) {
  const dest = path.resolve(root, name);
  if (!dest.startsWith(root + path.sep)) {
    throw new Error('archive entry escapes the theme folder');
  }
  return dest;
}

function extract(zipPath, shopId) {
  if (!/^\d{1,12}$/.test(String(shopId))) {
    return Promise.reject(new Error('bad shop id'));
  }
  const target = path.join(THEMES, String(shopId));
  return new Promise((resolve, reject) => {
    yauzl.open(zipPath, { lazyEntries: true, validateEntrySizes: true }, (err, zip) => {
      if (err) return reject(err);
      zip.on('entry', (entry) => {
        let dest;
        try {
          dest = inside(target, entry.fileName);
        } catch (escape) {
          zip.close();
          return reject(escape);
        }
        if (entry.fileName.endsWith('/')) {
          fs.mkdirSync(dest, { recursive: true });
          zip.readEntry();
          return;
        }
        zip.openReadStream(entry, (streamErr, stream) => {
          if (streamErr) return reject(streamErr);
          stream.pipe(fs.createWriteStream(dest)).on('finish', () => zip.readEntry());
        });
      });
      zip.on('end', resolve);
      zip.readEntry();
    });
  });
}

extract(workerData.upload, workerData.shopId)
  .then(() => parentPort.postMessage('done'))
  .catch((error) => parentPort.postMessage({ error: error.message }));
