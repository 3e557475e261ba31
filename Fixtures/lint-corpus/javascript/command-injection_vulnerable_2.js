#!/usr/bin/env node
// Make thumbnails of the images given on the command line.
const childProcess = require('child_process');
const path = require('path');

const [size, ...images] = process.argv.slice(2);

for (const image of images) {
  const target = path.join(path.dirname(image), 'thumb-' + path.basename(image));
  const command = ['convert', image, '-resize', size, target].join(' ');
  childProcess.execSync(command, { stdio: 'inherit' }); // expect: command-injection
}

const archive = childProcess.spawn(`tar czf thumbs.tgz ${images.join(' ')}`, { shell: true }); // expect: command-injection
archive.on('exit', (code) => {
  process.exitCode = code;
});
