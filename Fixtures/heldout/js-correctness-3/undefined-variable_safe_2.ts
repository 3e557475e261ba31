import { Router } from "express";
import type { Request, Response } from "express";
import pino from "pino";
import { Post } from "./models/post";

const logger = pino();
const PAGE_SIZE = 20;

export const posts = Router();

posts.get("/", async (req: Request, res: Response) => {
  const page = Math.max(1, Number(req.query.page ?? 1));
  const items = await Post.find({ published: true })
    .sort({ createdAt: -1 })
    .skip((page - 1) * PAGE_SIZE)
    .limit(PAGE_SIZE)
    .lean();
  res.json({ page, items });
});

posts.post("/:id/like", async (req: Request, res: Response) => {
  const post = await Post.findByIdAndUpdate(req.params.id, { $inc: { likes: 1 } }, { new: true });
  if (!post) {
    return res.status(404).json({ error: "not found" });
  }
  logger.info({ id: post.id, pid: process.pid }, "post liked");
  return res.json({ likes: post.likes });
});
