// Playwright global setup: log in once and save the storage state.
import { chromium, type FullConfig } from "@playwright/test";

interface Credentials {
  user: string;
  password: string;
}

function loginOnce(baseURL: string, creds: Credentials, statePath: string): Promise<string> {
  return new Promise<string>(async (resolve, reject) => {  // expect: async-promise-executor
    const browser = await chromium.launch();
    const page = await browser.newPage();
    await page.goto(`${baseURL}/login`);
    await page.fill("#user", creds.user);
    await page.fill("#password", creds.password);
    await page.click("button[type=submit]");
    if (!page.url().includes("/dashboard")) {
      reject(new Error("login failed"));
    }
    await page.context().storageState({ path: statePath });
    await browser.close();
    resolve(statePath);
  });
}

export default async function globalSetup(config: FullConfig): Promise<void> {
  const baseURL = config.projects[0].use.baseURL ?? "http://localhost:3000";
  await loginOnce(baseURL, { user: "qa", password: process.env.QA_PASSWORD ?? "" }, "state.json");
}
