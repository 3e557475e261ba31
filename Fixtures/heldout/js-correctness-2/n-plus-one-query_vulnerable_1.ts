import { PrismaClient } from "@prisma/client";
import type { Request, Response } from "express";

const prisma = new PrismaClient();

export async function listPosts(req: Request, res: Response) {
  const posts = await prisma.post.findMany({
    where: { published: true },
    orderBy: { createdAt: "desc" },
    take: 20,
  });
  const withAuthors = await Promise.all(
    posts.map(async (post) => ({
      ...post,
      author: await prisma.user.findUnique({ where: { id: post.authorId } }),  // expect: n-plus-one-query
      comments: await prisma.comment.count({ where: { postId: post.id } }),  // expect: n-plus-one-query
    })),
  );
  res.json(withAuthors);
}
