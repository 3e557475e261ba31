// tRPC router for the log explorer: plain substring search and literal replace.
import { initTRPC } from '@trpc/server';
import { z } from 'zod';
import { recentLines } from './logs';

const t = initTRPC.create();
const REQUEST_ID = /\breq-[0-9a-f]{8}\b/g;

export const logsRouter = t.router({
  search: t.procedure
    .input(z.object({ service: z.string(), text: z.string().min(1), mask: z.string().optional() }))
    .query(async ({ input }) => {
      const needle = input.text.toLowerCase();
      const lines = await recentLines(input.service, 5000);
      return lines
        .filter((line) => line.toLowerCase().includes(needle))
        .slice(0, 200)
        .map((line) => (input.mask ? line.replaceAll(input.mask, '***') : line))
        .map((line) => ({ line, requestIds: line.match(REQUEST_ID) ?? [] }));
    }),
});
