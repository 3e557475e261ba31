// Worker pool (worker_threads) for thumbnail generation.
const { Worker } = require("node:worker_threads");
const os = require("node:os");
const path = require("node:path");

class Pool {
  constructor(size = os.availableParallelism()) {
    this.idle = Array.from({ length: size }, () => spawn());
    this.waiting = [];

    return this;

    function spawn() {
      return new Worker(path.join(__dirname, "thumb-worker.js"));
    }
  }

  run(task) {
    const worker = this.idle.pop();
    if (!worker) {
      console.debug("pool saturated, queued", task.file);
      return new Promise((resolve) => this.waiting.push({ task, resolve }));
    }
    return new Promise((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
      worker.postMessage(task);
    });
  }

  close() {
    try {
      return Promise.all(this.idle.map((w) => w.terminate()));
    } finally {
      this.waiting = [];
    }
  }
}

module.exports = { Pool };
