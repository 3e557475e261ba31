import { Server } from "socket.io";
import { createClient } from "redis";

export async function startChat(port: number): Promise<Server> {
  const pub = createClient({ url: process.env.REDIS_URL });
  await pub.connect();
  const io = new Server(port, { cors: { origin: "*" } });
  io.on("connection", (socket) => {
    socket.on("message", async (text: string) => {
      await pub.publish("chat", JSON.stringify({ from: socket.id, text }));
      io.emit("message", { from: socket.id, text });
    });
  });
  return io;
}

export function listening(io: Server): Promise<void> {
  return new Promise((resolve) => {
    io.httpServer.once("listening", () => resolve());
  });
}
