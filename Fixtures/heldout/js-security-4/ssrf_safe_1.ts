// tRPC procedure: import an avatar from one of the supported image hosts.
import { TRPCError, initTRPC } from '@trpc/server';
import { z } from 'zod';
import { storeAvatar } from './avatars';

const t = initTRPC.context<{ userId: string }>().create();
const IMAGE_HOSTS = new Set(['images.unsplash.com', 'i.imgur.com', 'avatars.githubusercontent.com']);

function checkedImageUrl(raw: string): URL {
  const url = new URL(raw);
  if (url.protocol !== 'https:' || !IMAGE_HOSTS.has(url.hostname) || url.port !== '' || url.username !== '') {
    throw new TRPCError({ code: 'BAD_REQUEST', message: 'unsupported image host' });
  }
  return url;
}

export const avatarRouter = t.router({
  importFromUrl: t.procedure
    .input(z.object({ url: z.string().url() }))
    .mutation(async ({ input, ctx }) => {
      const url = checkedImageUrl(input.url);
      const res = await fetch(url, { redirect: 'error' });
      if (!res.ok) throw new TRPCError({ code: 'BAD_REQUEST', message: 'download failed' });
      await storeAvatar(ctx.userId, Buffer.from(await res.arrayBuffer()));
      return { ok: true };
    }),
});
