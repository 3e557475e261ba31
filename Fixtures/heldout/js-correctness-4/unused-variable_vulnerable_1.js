// Node streams: gzip today's upload log and push it to the archive bucket.
const fs = require("node:fs");
const zlib = require("node:zlib");
const crypto = require("node:crypto"); // expect: unused-variable
const { pipeline } = require("node:stream/promises");

function formatBytes(n) { // expect: unused-variable
  return n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KiB`;
}

async function archive(src, dest) {
  const startedAt = Date.now(); // expect: unused-variable
  await pipeline(fs.createReadStream(src), zlib.createGzip({ level: 9 }), fs.createWriteStream(dest));
  const { size } = await fs.promises.stat(dest);
  return size;
}

module.exports = { archive };
