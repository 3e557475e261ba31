// A controller class whose handler passes the requested name to its own helper.
const fs = require('fs');
const path = require('path');

class DownloadController {
  handle(req, res) {
    res.send(this.load(req.params.name));
  }

  load(name) {
    return fs.readFileSync(path.join('/srv/files', name)); // expect: path-traversal
  }
}

module.exports = DownloadController;
