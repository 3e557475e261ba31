import { NextRequest, NextResponse } from 'next/server';
import { Prisma, PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export async function DELETE(request: NextRequest) {
  const name = request.nextUrl.searchParams.get('name') ?? '';
  await prisma.$executeRaw`DELETE FROM "Tag" WHERE name = ${name}`;
  return NextResponse.json({ ok: true });
}

export async function POST(request: NextRequest) {
  const body = await request.json();
  const byEmail = await prisma.$queryRawUnsafe('SELECT id FROM users WHERE email = $1', body.email);
  const filter = Prisma.sql`WHERE team = ${body.team}`;
  const byTeam = await prisma.$queryRaw(Prisma.sql`SELECT id FROM users ${filter}`);
  return NextResponse.json({ byEmail, byTeam });
}
