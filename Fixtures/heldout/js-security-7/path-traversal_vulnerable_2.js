'use strict';
// Bree job: unpacks theme archives uploaded by shop owners (yauzl).
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const yauzl = require('yauzl');

const THEMES = '/var/lib/shop/themes';

function extract(zipPath, shopId) {
  const target = path.join(THEMES, shopId);
  return new Promise((resolve, reject) => {
    yauzl.open(zipPath, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      zip.on('entry', (entry) => {
        const dest = path.join(target, entry.fileName);
        if (entry.fileName.endsWith('/')) {
          fs.mkdirSync(dest, { recursive: true }); // expect: path-traversal
          zip.readEntry();
          return;
        }
        zip.openReadStream(entry, (streamErr, stream) => {
          if (streamErr) return reject(streamErr);
          stream.pipe(fs.createWriteStream(dest)).on('finish', () => zip.readEntry()); // expect: path-traversal
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
