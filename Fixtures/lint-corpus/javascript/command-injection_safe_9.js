// The same deploy bot with git run without a shell.
const { execFile } = require("child_process");

function checkout(branch, reply) {
  execFile("git", ["checkout", branch], (err, out) => reply(err ? err.message : out));
}

module.exports = { checkout };
