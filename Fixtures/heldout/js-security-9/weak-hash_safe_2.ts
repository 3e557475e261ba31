import { Inngest } from 'inngest';
import { insertUser } from './users';

const inngest = new Inngest({ id: 'accounts' });

function hex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function passwordDigest(password: string, salt: Uint8Array): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 600000 }, key, 256);
  return hex(bits);
}

export const importUsers = inngest.createFunction(
  { id: 'import-users' },
  { event: 'accounts/users.imported' },
  async ({ event, step }) => {
    for (const row of event.data.rows as Array<{ email: string; password: string }>) {
      await step.run(`user-${row.email}`, async () => {
        const salt = crypto.getRandomValues(new Uint8Array(16));
        await insertUser(row.email, await passwordDigest(row.password, salt), hex(salt.buffer));
      });
    }
    return { imported: event.data.rows.length };
  },
);
