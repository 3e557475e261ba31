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
    });
    const cards = await Promise.all(
      posts.map(async (post) => {
        const author = await prisma.user.findUnique({ where: { id: post.authorId } }); // expect: n-plus-one-query
        const comments = await prisma.comment.count({ where: { postId: post.id } }); // expect: n-plus-one-query
        return { id: post.id, title: post.title, author: author?.name ?? "unknown", comments };
      }),
    );
    res.render("index", { cards });
  } catch (err) {
    next(err);
  }
});
