// Prisma service: random values that are not secrets, and secrets that are not Math.random().
import { PrismaClient } from '@prisma/client';
import { randomBytes, randomInt } from 'crypto';

const prisma = new PrismaClient();

function errorCode(): string {
  return `E${Math.floor(Math.random() * 900) + 100}`;
}

export async function createVerification(userId: string) {
  const digits = String(randomInt(0, 1_000_000)).padStart(6, '0');
  await prisma.verification.create({ data: { userId, code: digits, attempt: Math.floor(Math.random() * 3) } });
}

export async function createApiKey(projectId: string) {
  const key = `pk_${randomBytes(16).toString('hex')}`;
  await prisma.apiKey.create({ data: { projectId, key, label: `Key ${Math.floor(Math.random() * 100)}` } });
  console.warn(`created key for ${projectId} (${errorCode()})`);
  return { id: projectId };
}
