// Node stream Transform: keep successful API log records and tag slow ones.
const { Transform } = require("node:stream");

class StatusFilter extends Transform {
  constructor(slowMs) {
    super({ objectMode: true });
    this.slowMs = slowMs;
  }

  _transform(record, _encoding, callback) {
    if (record.durationMs == null) {
      callback();
      return;
    }
    const status = Number(record.status);
    if (status === 200 || status === 204) {
      this.push(record.durationMs > this.slowMs ? { ...record, slow: true } : record);
    } else if (record.retry !== 0) {
      this.emit("retry", record);
    }
    callback();
  }
}

module.exports = { StatusFilter };
