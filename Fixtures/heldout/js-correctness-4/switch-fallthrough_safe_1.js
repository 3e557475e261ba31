#!/usr/bin/env node
// Text adventure for the terminal: a cave with three rooms.
const readline = require("node:readline");

const rooms = {
  entrance: { north: "hall", description: "A damp cave mouth." },
  hall: { south: "entrance", description: "A vaulted hall." },
};

function step(state, command) {
  const [verb, arg] = command.trim().toLowerCase().split(/\s+/);
  switch (verb) {
    case "go":
    case "walk": {
      const next = rooms[state.room][arg];
      if (!next) {
        console.log("You cannot go that way.");
        break;
      }
      state.room = next;
    }
    // falls through
    case "look":
      console.log(rooms[state.room].description);
      break;
    case "take":
      if (!arg) {
        break;
      }
      state.inventory.push(arg);
      break;
    case "quit":
      state.done = true;
      return;
    default:
      throw new Error(`unknown command: ${verb}`);
  }
}

const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
const state = { room: "entrance", inventory: [], done: false };
rl.on("line", (line) => {
  step(state, line);
  if (state.done) rl.close();
});
