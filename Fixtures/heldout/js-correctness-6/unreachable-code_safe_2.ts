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
    await redis.publish('rate-limit:exceeded', key);
    return { allowed: false, remaining: 0 };
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
    pipeline.unlink(`rl:${key}:*`);
  });
  const out = await pipeline.exec();
  return out ? out.length : 0;
}
