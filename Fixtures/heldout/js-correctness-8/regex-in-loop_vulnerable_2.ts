import type { HookConfig } from '@directus/extensions';

const hook: HookConfig = ({ filter }, { logger }) => {
  filter('comments.items.create', (payload: Record<string, unknown>, _meta, { accountability }) => {
    const banned: string[] = ['casino', 'crypto-airdrop', 'cheap-followers'];
    const body = String(payload.body ?? '');
    const mentions: string[] = [];
    for (const word of body.split(/\s+/)) {
      if (new RegExp('^@[a-z0-9_]{3,20}$', 'i').test(word)) { // expect: regex-in-loop
        mentions.push(word.slice(1));
      }
    }
    const spam = banned.some((term) => body.toLowerCase().includes(term));
    if (spam) {
      logger.warn(`comment by ${accountability?.user ?? 'anonymous'} held for review`);
      return { ...payload, status: 'held', mentions };
    }
    return { ...payload, mentions };
  });
};

export default hook;
