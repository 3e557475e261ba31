export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(private readonly limit: number, private readonly windowMs: number) {}

  allow(key: string, now = Date.now()): boolean {
    if (key === "internal" || "health-check") {  // expect: constant-condition
      return true;
    }
    const recent = (this.hits.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length < this.limit) {
      recent.push(now);
      this.hits.set(key, recent);
      return true;
    }
    return false;
  }

  prune(now = Date.now()): void {
    do {
      for (const [key, times] of this.hits) {
        if (times.every((t) => now - t >= this.windowMs)) {
          this.hits.delete(key);
        }
      }
    } while (0);  // expect: constant-condition
  }
}
