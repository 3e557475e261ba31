// Deno script: wait until the local API answers /health, then print its version.
type Health = { status: string; version: string };

function waitForHealthy(url: string, timeoutMs: number): Promise<Health> {
  return new Promise<Health>(async (resolve, reject) => { // expect: async-promise-executor
    const deadline = Date.now() + timeoutMs;
    const timer = setInterval(async () => {
      try {
        const res = await fetch(url);
        if (res.ok) {
          clearInterval(timer);
          resolve((await res.json()) as Health);
        }
      } catch {
        if (Date.now() > deadline) {
          clearInterval(timer);
          reject(new Error(`no answer from ${url}`));
        }
      }
    }, 500);
  });
}

const health = await waitForHealthy("http://localhost:8000/health", 30_000);
console.log(`API ${health.status}, version ${health.version}`);
