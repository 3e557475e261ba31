import { Client } from 'ldapts';

interface AccessReviewInput {
  manager: string;
  department: string;
}

const client = new Client({ url: process.env.AD_URL ?? 'ldaps://ad.corp.example' });

function escapeFilterValue(value: string): string {
  return value.replace(/[\\*()\0]/g, (ch) => '\\' + ch.charCodeAt(0).toString(16).padStart(2, '0'));
}

function escapeDnValue(value: string): string {
  return value.replace(/[,=+<>#;\\"]/g, (ch) => '\\' + ch);
}

export async function listDirectReports(input: AccessReviewInput): Promise<string[]> {
  await client.bind(process.env.AD_BIND_DN ?? '', process.env.AD_BIND_PASSWORD ?? '');
  try {
    const managerDn = `CN=${escapeDnValue(input.manager)},OU=People,DC=corp,DC=example`;
    const filter =
      '(&(objectClass=user)' +
      `(manager=${escapeFilterValue(managerDn)})` +
      `(department=${escapeFilterValue(input.department)}))`;
    const { searchEntries } = await client.search('OU=People,DC=corp,DC=example', {
      scope: 'sub',
      filter,
      attributes: ['sAMAccountName'],
    });
    return searchEntries.map((entry) => String(entry.sAMAccountName));
  } finally {
    await client.unbind();
  }
}
