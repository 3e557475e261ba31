// tRPC router for the log explorer: pattern search and highlight.
import { initTRPC } from '@trpc/server';
import { z } from 'zod';
import { recentLines } from './logs';

const t = initTRPC.create();

function highlighter(words: string[]): RegExp {
  return new RegExp(`(${words.join('|')})`, 'gi'); // expect: regex-injection
}

export const logsRouter = t.router({
  search: t.procedure
    .input(z.object({ service: z.string(), pattern: z.string().min(1), highlight: z.array(z.string()).default([]) }))
    .query(async ({ input }) => {
      const lines = await recentLines(input.service, 5000);
      const mark = input.highlight.length ? highlighter(input.highlight) : null;
      return lines
        .filter((line) => line.match(input.pattern)) // expect: regex-injection
        .slice(0, 200)
        .map((line) => (mark ? line.replace(mark, '[$1]') : line));
    }),
});
