// Lighthouse budget check: the loop exits from its body; finally only cleans up.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

interface PageResult {
  url: string;
  performance: number;
}

export async function auditPages(urls: string[], budget: number): Promise<PageResult[]> {
  const chrome = await chromeLauncher.launch({ chromeFlags: ['--headless=new'] });
  const results: PageResult[] = [];
  try {
    const reports = await Promise.all(
      urls.map((url) => lighthouse(url, { port: chrome.port, onlyCategories: ['performance'] }))
    );
    let index = 0;
    while (index < reports.length) {
      const report = reports[index];
      index += 1;
      const score = report?.lhr.categories.performance.score ?? 0;
      results.push({ url: report?.lhr.finalDisplayedUrl ?? urls[index - 1], performance: score * 100 });
      if (score * 100 < budget) {
        break;
      }
    }
  } finally {
    await chrome.kill();
  }
  if (results.length === 0) {
    throw new Error('no page audited');
  }
  return results;
}
