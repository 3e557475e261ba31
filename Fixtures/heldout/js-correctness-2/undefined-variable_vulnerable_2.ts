import express, { Request, Response } from "express";
import { z } from "zod";

const router = express.Router();

const NewTicket = z.object({
  title: z.string().min(3),
  priority: z.enum(["low", "normal", "high"]),
});

router.post("/tickets", async (req: Request, res: Response) => {
  const parsed = NewTicket.safeParse(req.body);
  if (!parsed.success) {
    return res.status(400).json({ errors: parsed.error.flatten() });
  }
  const ticket = await db.ticket.create({ data: { ...parsed.data, reporterId: req.user.id } });  // expect: undefined-variable
  logger.info(`ticket ${ticket.id} created`);  // expect: undefined-variable
  return res.status(201).json(ticket);
});

export default router;
