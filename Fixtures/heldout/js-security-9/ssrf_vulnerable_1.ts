import puppeteer from 'puppeteer';
import type { Task } from 'graphile-worker';
import { saveThumbnail } from './thumbnails';

interface ThumbnailPayload {
  bookmarkId: number;
  url: string;
}

export const capture_thumbnail: Task = async (payload, helpers) => {
  const { bookmarkId, url } = payload as ThumbnailPayload;
  const browser = await puppeteer.launch({ headless: true });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto(url, { waitUntil: 'networkidle2', timeout: 20000 }); // expect: ssrf
    const image = await page.screenshot({ type: 'webp' });
    await saveThumbnail(bookmarkId, image);
    helpers.logger.info(`thumbnail stored for bookmark ${bookmarkId}`);
  } finally {
    await browser.close();
  }
};
