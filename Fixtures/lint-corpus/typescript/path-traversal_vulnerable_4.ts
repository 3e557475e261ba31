import { readFile, writeFile } from 'node:fs/promises';
import path, { join } from 'node:path';
import { NextRequest, NextResponse } from 'next/server';

const UPLOAD_DIR = path.join(process.cwd(), 'uploads');

export async function GET(request: NextRequest) {
  const file = request.nextUrl.searchParams.get('file')!;
  const data = await readFile(join(process.cwd(), 'public', file)); // expect: path-traversal
  return new NextResponse(data);
}

export async function POST(request: NextRequest) {
  const form = await request.formData();
  const upload = form.get('upload') as File;
  const name = form.get('name') as string;
  await writeFile(path.join(UPLOAD_DIR, name), Buffer.from(await upload.arrayBuffer())); // expect: path-traversal
  return NextResponse.json({ saved: name });
}
