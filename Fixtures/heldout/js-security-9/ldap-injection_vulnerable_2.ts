import { Client } from 'ldapts';

interface AccessReviewInput {
  manager: string;
  department: string;
}

const client = new Client({ url: process.env.AD_URL ?? 'ldaps://ad.corp.example' });

// Temporal activity
export async function listDirectReports(input: AccessReviewInput): Promise<string[]> {
  await client.bind(process.env.AD_BIND_DN ?? '', process.env.AD_BIND_PASSWORD ?? '');
  try {
    let filter = '(&(objectClass=user)';
    filter += `(manager=CN=${input.manager},OU=People,DC=corp,DC=example)`;
    filter += `(department=${input.department}))`;
    const { searchEntries } = await client.search('OU=People,DC=corp,DC=example', { // expect: ldap-injection
      scope: 'sub',
      filter,
      attributes: ['sAMAccountName'],
    });
    return searchEntries.map((entry) => String(entry.sAMAccountName));
  } finally {
    await client.unbind();
  }
}
