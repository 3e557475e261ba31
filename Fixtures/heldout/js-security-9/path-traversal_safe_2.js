const fs = require('node:fs');
const path = require('node:path');
const unzipper = require('unzipper');

const SITES = '/srv/static-sites';

function inside(base, entryPath) {
  const target = path.resolve(base, entryPath);
  const relative = path.relative(base, target);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new Error(`archive entry escapes the site folder: ${entryPath}`);
  }
  return target;
}

async function unpack(archivePath, siteDir) {
  const directory = await unzipper.Open.file(archivePath);
  for (const entry of directory.files) {
    if (entry.type !== 'File') continue;
    const target = inside(siteDir, entry.path);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    await new Promise((resolve, reject) => {
      entry.stream().pipe(fs.createWriteStream(target)).on('finish', resolve).on('error', reject);
    });
  }
}

module.exports = {
  deploy_site: async (payload, helpers) => {
    const siteId = Number.parseInt(payload.siteId, 10);
    if (!Number.isInteger(siteId)) throw new Error('bad site id');
    await unpack(payload.uploadPath, path.join(SITES, String(siteId)));
    helpers.logger.info(`deployed site ${siteId}`);
  },
};
