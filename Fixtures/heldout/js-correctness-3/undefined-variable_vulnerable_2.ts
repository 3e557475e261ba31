import { Router } from "express";
import type { Request, Response } from "express";
import { Post } from "./models/post";

export const posts = Router();

posts.get("/", async (req: Request, res: Response) => {
  const page = Number(req.query.page ?? 1);
  const items = await Post.find({ published: true })
    .sort({ createdAt: -1 })
    .skip((page - 1) * PAGE_SIZE) // expect: undefined-variable
    .limit(20)
    .lean();
  res.json({ page, items });
});

posts.post("/:id/like", async (req: Request, res: Response) => {
  const post = await Post.findByIdAndUpdate(req.params.id, { $inc: { likes: 1 } }, { new: true });
  if (!post) {
    return res.status(404).json({ error: "not found" });
  }
  logger.info(`post ${post.id} liked`); // expect: undefined-variable
  return res.json({ likes: post.likes });
});
