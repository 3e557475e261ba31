// Worker pool (worker_threads) for thumbnail generation.
const { Worker } = require("node:worker_threads");
const os = require("node:os");
const path = require("node:path");

class Pool {
  constructor(size = os.availableParallelism()) {
    this.idle = Array.from({ length: size }, () => new Worker(path.join(__dirname, "thumb-worker.js")));
    this.waiting = [];
  }

  run(task) {
    const worker = this.idle.pop();
    if (!worker) {
      return new Promise((resolve) => this.waiting.push({ task, resolve }));
      console.debug("pool saturated, queued", task.file); // expect: unreachable-code
    }
    return new Promise((resolve, reject) => {
      worker.once("message", (result) => {
        this.release(worker);
        resolve(result);
      });
      worker.once("error", reject);
      worker.postMessage(task);
    });
  }

  release(worker) {
    const next = this.waiting.shift();
    if (next) {
      this.run(next.task).then(next.resolve);
    }
    this.idle.push(worker);
  }

  close() {
    if (this.waiting.length > 0) {
      throw new Error("pool closed with queued tasks");
      this.waiting = []; // expect: unreachable-code
    }
    return Promise.all(this.idle.map((w) => w.terminate()));
  }
}

module.exports = { Pool };
