// Node stream Transform: keep successful API log records and tag slow ones.
const { Transform } = require("node:stream");

class StatusFilter extends Transform {
  constructor(slowMs) {
    super({ objectMode: true });
    this.slowMs = slowMs;
  }

  _transform(record, _encoding, callback) {
    if (record.status == 200 || record.status == "204") { // expect: loose-equality
      const slow = record.durationMs > this.slowMs;
      this.push(slow ? { ...record, slow } : record);
    } else if (record.retry != 0) { // expect: loose-equality
      this.emit("retry", record);
    }
    callback();
  }
}

function sameRequest(a, b) {
  return a.method == b.method && a.path === b.path; // expect: loose-equality
}

module.exports = { StatusFilter, sameRequest };
