import { lookup } from 'node:dns/promises';
import net from 'node:net';
import puppeteer from 'puppeteer';
import type { Task } from 'graphile-worker';
import { saveThumbnail } from './thumbnails';

interface ThumbnailPayload {
  bookmarkId: number;
  url: string;
}

function isPrivate(address: string): boolean {
  if (net.isIPv6(address)) return address === '::1' || address.startsWith('fc') || address.startsWith('fd') || address.startsWith('fe80');
  const [a, b] = address.split('.').map(Number);
  return a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

async function publicUrl(value: string): Promise<string> {
  const url = new URL(value);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('unsupported scheme');
  const addresses = await lookup(url.hostname, { all: true });
  if (addresses.some((entry) => isPrivate(entry.address))) throw new Error('private address');
  return url.toString();
}

export const capture_thumbnail: Task = async (payload, helpers) => {
  const { bookmarkId, url } = payload as ThumbnailPayload;
  const target = await publicUrl(url);
  const browser = await puppeteer.launch({ headless: true, args: ['--host-resolver-rules=MAP localhost ~NOTFOUND'] });
  try {
    const page = await browser.newPage();
    await page.goto(target, { waitUntil: 'networkidle2', timeout: 20000 });
    await saveThumbnail(bookmarkId, await page.screenshot({ type: 'webp' }));
    helpers.logger.info(`thumbnail stored for bookmark ${bookmarkId}`);
  } finally {
    await browser.close();
  }
};
