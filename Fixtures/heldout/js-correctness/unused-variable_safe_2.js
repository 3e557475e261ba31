// upload.js (fixed) - Node CLI that uploads a folder of photos to the class gallery
const fs = require("node:fs/promises");
const path = require("node:path");

const ENDPOINT = "https://gallery.example.edu/api/upload";

async function listPhotos(dir) {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\.(jpe?g|png)$/i.test(e.name))
    .map((e) => path.join(dir, e.name));
}

async function upload(file) {
  const data = await fs.readFile(file);
  const started = Date.now();
  const res = await fetch(ENDPOINT, { method: "POST", body: data });
  console.log(`${path.basename(file)}: ${res.status} in ${Date.now() - started} ms`);
  return res.ok;
}

async function main() {
  const dir = process.argv[2] || ".";
  const photos = await listPhotos(dir);
  const results = await Promise.all(photos.map((p) => upload(p)));
  const failed = results.filter((ok) => !ok).length;
  console.log(`uploaded ${results.length - failed} of ${results.length} photos`);
  process.exitCode = failed > 0 ? 1 : 0;
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
