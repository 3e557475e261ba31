// Node streams: gzip today's upload log and push it to the archive bucket.
const fs = require("node:fs");
const zlib = require("node:zlib");
const { pipeline } = require("node:stream/promises");

function formatBytes(n) {
  return n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KiB`;
}

async function archive(src, dest) {
  const startedAt = Date.now();
  await pipeline(fs.createReadStream(src), zlib.createGzip({ level: 9 }), fs.createWriteStream(dest));
  const { size, ...rest } = await fs.promises.stat(dest);
  console.log(`archived ${formatBytes(size)} in ${Date.now() - startedAt} ms (mode ${rest.mode})`);
  return size;
}

module.exports = { archive };
