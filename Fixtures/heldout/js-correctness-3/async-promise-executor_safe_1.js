const fs = require("fs/promises");
const path = require("path");
const sharp = require("sharp");

async function saveAvatar(userId, upload, dir) {
  if (!/^image\/(png|jpeg|webp)$/.test(upload.mimetype)) {
    throw new Error("unsupported image type");
  }
  const target = path.join(dir, `${userId}.webp`);
  const buffer = await sharp(upload.buffer).resize(256, 256).webp().toBuffer();
  await fs.writeFile(target, buffer);
  return target;
}

function waitForFile(file, timeoutMs = 5000) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const timer = setInterval(async () => {
      const exists = await fs.access(file).then(() => true, () => false);
      if (exists) {
        clearInterval(timer);
        resolve(file);
      } else if (Date.now() - started > timeoutMs) {
        clearInterval(timer);
        reject(new Error(`timed out waiting for ${file}`));
      }
    }, 100);
  });
}

module.exports = { saveAvatar, waitForFile };
