import { PrismaClient } from "@prisma/client";
import type { Request, Response } from "express";

const prisma = new PrismaClient();

export async function listPosts(req: Request, res: Response) {
  const posts = await prisma.post.findMany({
    where: { published: true },
    orderBy: { createdAt: "desc" },
    take: 20,
    include: {
      author: { select: { id: true, name: true } },
      _count: { select: { comments: true } },
    },
  });
  res.json(posts.map((post) => ({ ...post, comments: post._count.comments })));
}
