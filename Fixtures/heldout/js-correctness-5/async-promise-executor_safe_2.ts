// Playwright global setup: log in once and save the storage state.
import { chromium, type FullConfig } from "@playwright/test";

interface Credentials {
  user: string;
  password: string;
}

async function loginOnce(baseURL: string, creds: Credentials, statePath: string): Promise<string> {
  const browser = await chromium.launch();
  try {
    const page = await browser.newPage();
    await page.goto(`${baseURL}/login`);
    await page.fill("#user", creds.user);
    await page.fill("#password", creds.password);
    await page.click("button[type=submit]");
    if (!page.url().includes("/dashboard")) {
      throw new Error("login failed");
    }
    await page.context().storageState({ path: statePath });
    return statePath;
  } finally {
    await browser.close();
  }
}

function serverReady(port: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setInterval(async () => {
      const response = await fetch(`http://localhost:${port}/health`).catch(() => null);
      if (response?.ok) {
        clearInterval(timer);
        resolve();
      }
    }, 500);
  });
}

export default async function globalSetup(config: FullConfig): Promise<void> {
  const baseURL = config.projects[0].use.baseURL ?? "http://localhost:3000";
  await serverReady(3000);
  await loginOnce(baseURL, { user: "qa", password: process.env.QA_PASSWORD ?? "" }, "state.json");
}
