#!/usr/bin/env node
// Text adventure for the terminal: a cave with four rooms.
const readline = require("node:readline/promises");

const rooms = {
  entrance: { north: "hall", description: "A damp cave mouth." },
  hall: { south: "entrance", east: "pool", description: "A vaulted hall." },
  pool: { west: "hall", description: "A still, dark pool." },
};

function step(state, command) {
  const [verb, arg] = command.trim().toLowerCase().split(/\s+/);
  switch (verb) {
    case "go": {
      const next = rooms[state.room][arg];
      if (next) state.room = next;
      else console.log("You cannot go that way.");
    }
    case "look": // expect: switch-fallthrough
      console.log(rooms[state.room].description);
      break;
    case "take":
      state.inventory.push(arg);
      console.log(`Taken: ${arg}`);
    case "inventory": // expect: switch-fallthrough
      console.log(state.inventory.join(", ") || "You carry nothing.");
      break;
    case "quit":
      state.done = true;
      break;
    default:
      console.log("I don't understand.");
  }
}

async function main() {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const state = { room: "entrance", inventory: [], done: false };
  rl.on("line", (line) => {
    step(state, line);
    if (state.done) rl.close();
  });
}

main();
