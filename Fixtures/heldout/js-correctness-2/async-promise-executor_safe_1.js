const fs = require("fs/promises");
const path = require("path");

async function readConfig(dir) {
  const text = await fs.readFile(path.join(dir, "app.config.json"), "utf8");
  return JSON.parse(text);
}

function waitForFile(file, timeoutMs) {
  return new Promise((resolve) => {
    const started = Date.now();
    const timer = setInterval(async () => {
      const exists = await fs.access(file).then(() => true, () => false);
      if (exists || Date.now() - started > timeoutMs) {
        clearInterval(timer);
        resolve(exists);
      }
    }, 200);
  });
}

function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

module.exports = { readConfig, waitForFile, delay };
