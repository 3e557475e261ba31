// Objects that take request data but keep only what is safe for a shell.
const express = require('express');
const { exec, execFile } = require('child_process');

class Thumbnailer {
  constructor(source, width) {
    this.name = source;
    this.width = Number(width);
    this.tool = '/usr/bin/convert';
  }

  render() {
    exec(`${this.tool} logo.png -resize ${this.width} out.png`);
    execFile(this.tool, [this.name, '-resize', String(this.width), 'out.png']);
  }
}

const app = express();
app.get('/thumb', (req, res) => {
  new Thumbnailer(req.query.src, req.query.w).render();
  res.sendStatus(204);
});
module.exports = app;
