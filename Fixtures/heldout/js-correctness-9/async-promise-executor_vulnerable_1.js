import GhostAdminAPI from '@tryghost/admin-api';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const api = new GhostAdminAPI({
  url: process.env.GHOST_URL,
  key: process.env.GHOST_ADMIN_KEY,
  version: 'v5.0',
});

function uploadCover(file) {
  return new Promise(async (resolve, reject) => { // expect: async-promise-executor
    const bytes = await readFile(file);
    if (bytes.length > 5 * 1024 * 1024) {
      reject(new Error(`${path.basename(file)} is larger than 5 MB`));
      return;
    }
    api.images.upload({ file }).then((image) => resolve(image.url), reject);
  });
}

export async function publishDraft(markdownFile, coverFile) {
  const [markdown, coverUrl] = await Promise.all([readFile(markdownFile, 'utf8'), uploadCover(coverFile)]);
  const [firstLine, ...rest] = markdown.split('\n');
  const post = await api.posts.add(
    { title: firstLine.replace(/^#\s*/, ''), feature_image: coverUrl, status: 'draft', html: rest.join('\n') },
    { source: 'html' },
  );
  return post.url;
}

if (process.argv[2]) {
  publishDraft(process.argv[2], process.argv[3]).then((url) => console.log(`draft at ${url}`));
}
