import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { NextRequest, NextResponse } from 'next/server';

const PUBLIC_DIR = path.join(process.cwd(), 'public');

export async function GET(request: NextRequest) {
  const file = path.basename(request.nextUrl.searchParams.get('file') ?? 'index.html');
  const data = await readFile(path.join(PUBLIC_DIR, file));
  return new NextResponse(data);
}
