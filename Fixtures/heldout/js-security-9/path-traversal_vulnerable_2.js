const fs = require('node:fs');
const path = require('node:path');
const unzipper = require('unzipper');

const SITES = '/srv/static-sites';

async function unpack(archivePath, siteDir) {
  const directory = await unzipper.Open.file(archivePath);
  for (const entry of directory.files) {
    if (entry.type !== 'File') continue;
    const target = path.join(siteDir, entry.path);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    await new Promise((resolve, reject) => {
      entry.stream().pipe(fs.createWriteStream(target)).on('finish', resolve).on('error', reject); // expect: path-traversal
    });
  }
}

// graphile-worker task list
module.exports = {
  deploy_site: async (payload, helpers) => {
    const siteDir = path.join(SITES, String(payload.siteId));
    await unpack(payload.uploadPath, siteDir);
    helpers.logger.info(`deployed site ${payload.siteId}`);
  },
};
