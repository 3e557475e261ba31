import { Server } from "socket.io";
import { createClient } from "redis";

export function startChat(port: number): Promise<Server> {
  return new Promise(async (resolve, reject) => { // expect: async-promise-executor
    const pub = createClient({ url: process.env.REDIS_URL });
    pub.on("error", reject);
    await pub.connect();
    const io = new Server(port, { cors: { origin: "*" } });
    io.on("connection", (socket) => {
      socket.on("message", async (text: string) => {
        await pub.publish("chat", JSON.stringify({ from: socket.id, text }));
        io.emit("message", { from: socket.id, text });
      });
    });
    resolve(io);
  });
}
