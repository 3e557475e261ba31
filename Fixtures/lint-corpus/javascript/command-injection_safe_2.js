#!/usr/bin/env node
// Make thumbnails of the images given on the command line.
const { spawnSync } = require('child_process');
const path = require('path');

const [size, ...images] = process.argv.slice(2);

for (const image of images) {
  const target = path.join(path.dirname(image), 'thumb-' + path.basename(image));
  spawnSync('convert', [image, '-resize', size, target], { stdio: 'inherit' });
}

const result = spawnSync('tar', ['czf', 'thumbs.tgz', ...images]);
process.exitCode = result.status;
