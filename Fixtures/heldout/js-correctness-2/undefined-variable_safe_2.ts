import express, { Request, Response } from "express";
import { PrismaClient } from "@prisma/client";
import pino from "pino";

const db = new PrismaClient();
const logger = pino();
const router = express.Router();

declare global {
  namespace Express {
    interface Request {
      user: { id: number };
    }
  }
}

router.post("/tickets", async (req: Request, res: Response) => {
  const ticket = await db.ticket.create({ data: { title: String(req.body.title), reporterId: req.user.id } });
  logger.info(`ticket ${ticket.id} created in ${process.env.NODE_ENV ?? "development"}`);
  return res.status(201).json(ticket);
});

export default router;
