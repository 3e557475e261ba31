import { NextRequest, NextResponse } from 'next/server';
import { XMLParser } from 'fast-xml-parser';
import { DOMParser } from '@xmldom/xmldom';

export async function POST(request: NextRequest) {
  const body = await request.text();
  const feed = new XMLParser({ ignoreAttributes: false }).parse(body);
  const doc = new DOMParser().parseFromString(body, 'text/xml');
  return NextResponse.json({ title: feed.rss?.channel?.title, items: doc.getElementsByTagName('item').length });
}
