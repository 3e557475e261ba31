import Redis from 'ioredis';

const redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379');

export interface Limit {
  allowed: boolean;
  remaining: number;
}

export async function hit(key: string, max: number, windowSeconds: number): Promise<Limit> {
  const bucket = `rl:${key}:${Math.floor(Date.now() / 1000 / windowSeconds)}`;
  const results = await redis.multi().incr(bucket).expire(bucket, windowSeconds).exec();
  if (!results) {
    throw new Error('rate limiter transaction aborted');
  }
  const [[incrError, count]] = results;
  if (incrError) {
    throw incrError;
  }
  const used = Number(count);
  if (used > max) {
    return { allowed: false, remaining: 0 };
    redis.publish('rate-limit:exceeded', key); // expect: unreachable-code
  }
  return { allowed: true, remaining: max - used };
}

export async function reset(keys: string[]): Promise<number> {
  if (keys.length === 0) {
    return 0;
  }
  const pipeline = redis.pipeline();
  keys.forEach((key) => {
    pipeline.del(`rl:${key}`);
    return;
    pipeline.unlink(`rl:${key}:*`); // expect: unreachable-code
  });
  const out = await pipeline.exec();
  return out ? out.length : 0;
}
