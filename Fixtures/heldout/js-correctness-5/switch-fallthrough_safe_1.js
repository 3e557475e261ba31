// ws server for a multiplayer quiz: handle client messages.
const { WebSocketServer } = require("ws");

const wss = new WebSocketServer({ port: 8081 });
const players = new Map();

function handle(socket, message) {
  switch (message.type) {
    case "join":
    case "rejoin":
      players.set(socket, { name: message.name, score: 0 });
      socket.send(JSON.stringify({ type: "welcome", players: players.size }));
      break;
    case "answer": {
      const player = players.get(socket);
      if (player && message.correct) {
        player.score += 10;
      }
    }
    // falls through
    case "ping":
      socket.send(JSON.stringify({ type: "ack" }));
      break;
    case "leave":
      if (!players.has(socket)) {
        break;
      }
      players.delete(socket);
      break;
    default:
      throw new Error(`unknown message ${message.type}`);
  }
}

wss.on("connection", (socket) => {
  socket.on("message", (raw) => handle(socket, JSON.parse(raw.toString())));
});
