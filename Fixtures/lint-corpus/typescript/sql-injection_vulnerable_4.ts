import { NextRequest, NextResponse } from 'next/server';
import { PrismaClient } from '@prisma/client';
import { Sequelize } from 'sequelize';

const prisma = new PrismaClient();
const sequelize = new Sequelize(process.env.DATABASE_URL as string);

export async function DELETE(request: NextRequest) {
  const name = request.nextUrl.searchParams.get('name');
  await prisma.$executeRawUnsafe(`DELETE FROM "Tag" WHERE name = '${name}'`); // expect: sql-injection
  return NextResponse.json({ ok: true });
}

export async function POST(request: NextRequest) {
  const body = await request.json();
  const query = "SELECT id FROM users WHERE email = '" + body.email + "'";
  const [rows] = await sequelize.query(query); // expect: sql-injection
  return NextResponse.json(rows);
}
