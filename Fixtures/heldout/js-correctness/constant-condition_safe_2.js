// grader-queue.js (fixed) - conditions that depend on state; generators may loop forever
const queue = [];
const VERBOSE = process.argv.includes("--verbose");

function enqueue(job) {
  queue.push(job);
}

function drain(handle) {
  let handled = 0;
  while (queue.length > 0) {
    handle(queue.shift());
    handled++;
  }
  if (VERBOSE || handled > 100) {
    console.log(`handled ${handled} jobs`);
  }
  return handled;
}

function* ids() {
  let n = 0;
  while (true) {
    yield n++;
  }
}

module.exports = { enqueue, drain, ids };
