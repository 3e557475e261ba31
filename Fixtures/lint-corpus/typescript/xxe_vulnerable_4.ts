import { NextRequest, NextResponse } from 'next/server';
import { parseXmlString, ParserOptions } from 'libxmljs';

const options: ParserOptions = { dtdload: true, noent: true };

export async function POST(request: NextRequest) {
  const body = await request.text();
  const doc = parseXmlString(body, options); // expect: xxe
  return NextResponse.json({ title: doc.get('//title')?.text() });
}
