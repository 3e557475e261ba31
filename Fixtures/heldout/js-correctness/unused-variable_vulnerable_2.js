// upload.js - Node CLI that uploads a folder of photos to the class gallery
const fs = require("node:fs/promises");
const path = require("node:path");
const os = require("node:os"); // expect: unused-variable

const ENDPOINT = "https://gallery.example.edu/api/upload";

async function listPhotos(dir) {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\.(jpe?g|png)$/i.test(e.name))
    .map((e) => path.join(dir, e.name));
}

async function upload(file) {
  const data = await fs.readFile(file);
  const started = Date.now(); // expect: unused-variable
  const res = await fetch(ENDPOINT, { method: "POST", body: data });
  return res.ok;
}

async function main() {
  const dir = process.argv[2] || ".";
  const photos = await listPhotos(dir);
  const results = await Promise.all(photos.map((p) => upload(p)));
  const failed = results.filter((ok) => !ok).length; // expect: unused-variable
  console.log(`uploaded ${results.length} photos`);
}

main();
