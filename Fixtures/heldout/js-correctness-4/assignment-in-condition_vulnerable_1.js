// Node stream: split a CSV byte stream into records (paused-mode reading).
const fs = require("node:fs");
const { EventEmitter } = require("node:events");

class CsvReader extends EventEmitter {
  constructor(path) {
    super();
    this.buffer = "";
    this.stream = fs.createReadStream(path, { encoding: "utf8" });
    this.stream.on("readable", () => this.drain());
    this.stream.on("end", () => this.emit("done"));
  }

  drain() {
    let chunk;
    while (chunk = this.stream.read()) { // expect: assignment-in-condition
      const lines = (this.buffer + chunk).split("\n");
      this.buffer = lines.pop();
      lines.forEach((line) => this.handleLine(line));
    }
  }

  handleLine(line) {
    let quoted;
    if (quoted = /^"(.*)"$/.exec(line)) { // expect: assignment-in-condition
      this.emit("record", [quoted[1]]);
      return;
    }
    this.emit("record", line.split(","));
  }
}

module.exports = { CsvReader };
