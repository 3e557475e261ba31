// resize-all.js - make thumbnails for every uploaded photo (Node, sharp)
const fs = require("node:fs/promises");
const path = require("node:path");
const sharp = require("sharp");

async function resizeAll(dir, outDir) {
  const files = await fs.readdir(dir);
  await fs.mkdir(outDir, { recursive: true });
  let done = 0;
  for (const file of files) {
    if (!/\.(jpe?g|png)$/i.test(file)) {
      continue;
    }
    await sharp(path.join(dir, file)).resize(320).toFile(path.join(outDir, file)); // expect: await-in-loop
    done++;
  }
  return done;
}

async function sizes(files) {
  const result = {};
  for (const file of files) {
    const stat = await fs.stat(file); // expect: await-in-loop
    result[file] = stat.size;
  }
  return result;
}

module.exports = { resizeAll, sizes };
