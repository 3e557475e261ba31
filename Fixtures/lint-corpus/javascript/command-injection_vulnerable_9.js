// A deploy bot's commands; the chat adapter calls each with the words after the command.
const { exec } = require("child_process");

function checkout(branch, reply) {
  exec("git fetch origin && git checkout " + branch, (err, out) => reply(err ? err.message : out)); // expect: command-injection
}

module.exports = { checkout };
