// The same controller: the helper only ever receives a fixed name or a base name.
const fs = require('fs');
const path = require('path');

class DownloadController {
  handle(req, res) {
    res.send(this.load(path.basename(req.params.name)));
  }

  banner(res) {
    res.send(this.load('banner.txt'));
  }

  load(name) {
    return fs.readFileSync(path.join('/srv/files', name));
  }
}

module.exports = DownloadController;
