import { Inngest } from 'inngest';
import { insertUser } from './users';

const inngest = new Inngest({ id: 'accounts' });

async function passwordDigest(password: string): Promise<string> {
  const bytes = new TextEncoder().encode(password);
  const digest = await crypto.subtle.digest('SHA-1', bytes); // expect: weak-hash
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export const importUsers = inngest.createFunction(
  { id: 'import-users' },
  { event: 'accounts/users.imported' },
  async ({ event, step }) => {
    for (const row of event.data.rows as Array<{ email: string; password: string }>) {
      await step.run(`user-${row.email}`, async () => {
        await insertUser(row.email, await passwordDigest(row.password));
      });
    }
    return { imported: event.data.rows.length };
  },
);
