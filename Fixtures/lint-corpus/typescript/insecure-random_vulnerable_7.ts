// Prisma service for e-mail verification and project API keys.
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

function segment(): string {
  return Math.random().toString(36).slice(2, 10); // expect: insecure-random
}

export async function createVerification(userId: string) {
  const digits = String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0'); // expect: insecure-random
  await prisma.verification.create({ data: { userId, code: digits, expiresAt: new Date(Date.now() + 600_000) } });
}

export async function createApiKey(projectId: string) {
  const key = `pk_${segment()}${segment()}`;
  await prisma.apiKey.create({ data: { projectId, key } });
  return { id: projectId };
}
