import type { NextApiRequest, NextApiResponse } from "next";
import net from "node:net";

const FEATURE_EXPORT = process.env.FEATURE_EXPORT === "1";

export function freePort(start = 3000): Promise<number> {
  return new Promise((resolve) => {
    const tryPort = (port: number) => {
      const server = net.createServer();
      server.once("error", () => tryPort(port + 1));
      server.listen(port, () => server.close(() => resolve(port)));
    };
    tryPort(start);
  });
}

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === "GET" || req.method === "HEAD") {
    return res.json({ export: FEATURE_EXPORT });
  }
  const allow = FEATURE_EXPORT ? "GET, HEAD, POST" : "GET, HEAD";
  return res.status(405).setHeader("Allow", allow).end();
}
