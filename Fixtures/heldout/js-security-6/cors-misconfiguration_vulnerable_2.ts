import { Elysia, t } from 'elysia';
import { cors } from '@elysiajs/cors';
import { listInvoices } from './invoices';

export const app = new Elysia()
  .use(
    cors({
      origin: true, // expect: cors-misconfiguration
      credentials: true,
      allowedHeaders: ['Content-Type', 'Authorization'],
    }),
  )
  .get(
    '/invoices',
    ({ query, headers }) => listInvoices(headers.authorization ?? '', query.status),
    { query: t.Object({ status: t.Optional(t.String()) }) },
  );

export type App = typeof app;
