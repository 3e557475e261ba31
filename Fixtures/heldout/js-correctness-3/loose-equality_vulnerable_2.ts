import type { Request, Response, NextFunction } from "express";
import jwt from "jsonwebtoken";

export function requireRole(role: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    const header = req.headers.authorization || "";
    const token = header.split(" ")[1];
    if (token == "") { // expect: loose-equality
      return res.status(401).json({ error: "missing token" });
    }
    const payload = jwt.verify(token, process.env.JWT_SECRET as string) as { role: string; v: number };
    if (payload.v != 2 || payload.role != role) { // expect: loose-equality
      return res.status(403).json({ error: "forbidden" });
    }
    return next();
  };
}
