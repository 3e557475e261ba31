const fs = require("fs/promises");
const path = require("path");

function readConfig(dir) {
  return new Promise(async (resolve, reject) => {  // expect: async-promise-executor
    const file = path.join(dir, "app.config.json");
    const text = await fs.readFile(file, "utf8");
    try {
      resolve(JSON.parse(text));
    } catch (err) {
      reject(err);
    }
  });
}

function waitForFile(file, timeoutMs) {
  return new Promise(async function (resolve) {  // expect: async-promise-executor
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

module.exports = { readConfig, waitForFile };
