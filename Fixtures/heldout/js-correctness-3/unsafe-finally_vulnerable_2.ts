import { closeSync, existsSync, openSync } from "node:fs";
import puppeteer from "puppeteer";

export async function screenshot(url: string, file: string): Promise<string> {
  const browser = await puppeteer.launch();
  try {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: "networkidle2", timeout: 15000 });
    await page.screenshot({ path: file, fullPage: true });
    return file;
  } finally {
    await browser.close();
    if (!existsSync(file)) {
      throw new Error(`no screenshot written for ${url}`); // expect: unsafe-finally
    }
  }
}

export function firstReadable(files: string[]): string | undefined {
  let found: string | undefined;
  for (const file of files) {
    let fd = -1;
    try {
      fd = openSync(file, "r");
      found = file;
    } catch (err) {
      console.warn(`skipping ${file}: ${(err as Error).message}`);
    } finally {
      if (fd >= 0) {
        closeSync(fd);
        break; // expect: unsafe-finally
      }
    }
  }
  return found;
}
