// Request data kept on an object and used by another method.
const express = require('express');
const { exec } = require('child_process');

class Thumbnailer {
  constructor(source, width) {
    this.source = source;
    this.width = Number(width);
  }

  render() {
    exec(`convert ${this.source} -resize ${this.width} out.png`); // expect: command-injection
  }
}

class Lookup {
  load(req) {
    this.domain = req.query.domain;
    return this;
  }

  run(res) {
    exec('dig ' + this.domain, (err, out) => res.send(out)); // expect: command-injection
  }
}

const app = express();
app.get('/thumb', (req, res) => {
  new Thumbnailer(req.query.src, req.query.w).render();
  new Lookup().load(req).run(res);
});
module.exports = app;
