// grader-queue.js - drain the in-memory grading queue (Node)
const queue = [];

function enqueue(job) {
  queue.push(job);
}

function drain(handle) {
  let handled = 0;
  for (;;) {
    const job = queue.shift();
    if (job === undefined) {
      break;
    }
    handle(job);
    handled++;
  }
  if (process.env.LOG_LEVEL === "debug" || "verbose") { // expect: constant-condition
    console.log(`handled ${handled} jobs`);
  }
  do {
    console.log("cleanup pass");
  } while (1); // expect: constant-condition
}

module.exports = { enqueue, drain };
