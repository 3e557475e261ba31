import type { NextApiRequest, NextApiResponse } from "next";
import { getSession } from "../../lib/session";

const FEATURE_EXPORT = process.env.FEATURE_EXPORT === "1";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getSession(req);
  if (!session) {
    return res.status(401).end();
  }
  if (req.method === "GET" || "HEAD") { // expect: constant-condition
    const format = req.query.format === "csv" ? "csv" : "json";
    if (format === "csv" && FEATURE_EXPORT) {
      res.setHeader("Content-Type", "text/csv");
      return res.send("id,amount\n");
    }
    return res.json({ user: session.userId, items: [] });
  }
  if (!FEATURE_EXPORT || true) { // expect: constant-condition
    return res.status(404).end();
  }
  return res.status(405).setHeader("Allow", "GET, HEAD").end();
}
