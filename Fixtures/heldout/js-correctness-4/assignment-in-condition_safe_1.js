// Node stream: split a CSV byte stream into records (paused-mode reading).
const fs = require("node:fs");
const { EventEmitter } = require("node:events");

const QUOTED = /^"(.*)"$/;

class CsvReader extends EventEmitter {
  constructor(path) {
    super();
    this.buffer = "";
    this.stream = fs.createReadStream(path, { encoding: "utf8" });
    this.stream.on("readable", () => this.drain());
  }

  drain() {
    let chunk;
    while ((chunk = this.stream.read()) !== null) {
      const lines = (this.buffer + chunk).split("\n");
      this.buffer = lines.pop();
      lines.forEach((line) => this.handleLine(line));
    }
  }

  handleLine(line) {
    const quoted = QUOTED.exec(line);
    if (quoted) {
      this.emit("record", [quoted[1]]);
    } else if (line.length === 0) {
      this.emit("blank");
    } else {
      this.emit("record", line.split(","));
    }
  }
}

module.exports = { CsvReader };
