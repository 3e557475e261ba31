import type { HookConfig } from '@directus/extensions';

const MENTION = new RegExp('^@[a-z0-9_]{3,20}$', 'i');
const BANNED = new Set(['casino', 'crypto-airdrop', 'cheap-followers']);

const hook: HookConfig = ({ filter }, { logger }) => {
  filter('comments.items.create', (payload: Record<string, unknown>, _meta, { accountability }) => {
    const words = String(payload.body ?? '').split(/\s+/);
    const mentions = words.filter((word) => MENTION.test(word)).map((word) => word.slice(1));
    const spam = words.some((word) => BANNED.has(word.toLowerCase()));
    if (spam) {
      logger.warn(`comment by ${accountability?.user ?? 'anonymous'} held for review`);
      return { ...payload, status: 'held', mentions };
    }
    return { ...payload, mentions };
  });
};

export default hook;

export function mentionsIn(text: string): string[] {
  return text.split(/\s+/).filter((word) => MENTION.test(word));
}
