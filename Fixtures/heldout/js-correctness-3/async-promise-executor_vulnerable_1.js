// Upload helper used by the profile page.
const fs = require("fs/promises");
const path = require("path");
const sharp = require("sharp");

function saveAvatar(userId, upload, dir) {
  return new Promise(async (resolve, reject) => { // expect: async-promise-executor
    if (!/^image\/(png|jpeg|webp)$/.test(upload.mimetype)) {
      reject(new Error("unsupported image type"));
      return;
    }
    const target = path.join(dir, `${userId}.webp`);
    const buffer = await sharp(upload.buffer).resize(256, 256).webp().toBuffer();
    await fs.writeFile(target, buffer);
    resolve(target);
  });
}

function removeAvatar(userId, dir) {
  return new Promise(async function (resolve) { // expect: async-promise-executor
    await fs.rm(path.join(dir, `${userId}.webp`), { force: true });
    resolve(true);
  });
}

module.exports = { saveAvatar, removeAvatar };
