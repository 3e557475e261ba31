// Express + Prisma: the blog's front page with authors and comment counts.
import express from "express";
import { PrismaClient } from "@prisma/client";

const prisma = new PrismaClient();
export const router = express.Router();

router.get("/", async (req, res, next) => {
  try {
    const posts = await prisma.post.findMany({
      where: { published: true },
      orderBy: { publishedAt: "desc" },
      take: 20,
      include: { author: { select: { name: true } }, _count: { select: { comments: true } } },
    });
    const cards = posts.map((post) => ({
      id: post.id,
      title: post.title,
      author: post.author?.name ?? "unknown",
      comments: post._count.comments,
    }));
    res.render("index", { cards });
  } catch (err) {
    next(err);
  }
});
