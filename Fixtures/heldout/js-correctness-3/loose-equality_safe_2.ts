import type { Request, Response, NextFunction } from "express";
import jwt from "jsonwebtoken";

interface Claims {
  role: string;
  v: number;
}

export function requireRole(role: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    const [scheme, token] = (req.headers.authorization ?? "").split(" ");
    if (scheme !== "Bearer" || token === undefined || token === "") {
      return res.status(401).json({ error: "missing token" });
    }
    const payload = jwt.verify(token, process.env.JWT_SECRET as string) as Claims;
    if (payload.v !== 2 || payload.role !== role) {
      return res.status(403).json({ error: "forbidden" });
    }
    res.locals.user = payload;
    return next();
  };
}

export const isBlank = (value?: string | null) => value == null || value.trim().length === 0;
