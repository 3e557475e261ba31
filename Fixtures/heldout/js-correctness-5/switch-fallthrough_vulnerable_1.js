// ws server for a multiplayer quiz: handle client messages.
const { WebSocketServer } = require("ws");

const wss = new WebSocketServer({ port: 8081 });
const players = new Map();

function handle(socket, message) {
  switch (message.type) {
    case "join":
      players.set(socket, { name: message.name, score: 0 });
      socket.send(JSON.stringify({ type: "welcome", players: players.size }));
    case "answer": {  // expect: switch-fallthrough
      const player = players.get(socket);
      if (player && message.correct) {
        player.score += 10;
      }
    }
    case "leave":  // expect: switch-fallthrough
      if (message.type === "leave") {
        players.delete(socket);
        break;
      }
    default:  // expect: switch-fallthrough
      socket.send(JSON.stringify({ type: "ack" }));
  }
}

wss.on("connection", (socket) => {
  socket.on("message", (raw) => handle(socket, JSON.parse(raw.toString())));
});
