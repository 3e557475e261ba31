import { Client, Databases, ID, Query } from 'node-appwrite'; // expect: unused-variable

interface Context {
  req: { bodyJson: { listId: string; itemName: string } };
  res: { json: (body: unknown, status?: number) => unknown };
  log: (message: string) => void;
}

export default async ({ req, res, log }: Context) => {
  const client = new Client()
    .setEndpoint(process.env.APPWRITE_ENDPOINT ?? '')
    .setProject(process.env.APPWRITE_FUNCTION_PROJECT_ID ?? '')
    .setKey(process.env.APPWRITE_API_KEY ?? '');
  const databases = new Databases(client);
  const { listId, itemName } = req.bodyJson;
  const existing = await databases.listDocuments('groceries', 'items', [
    Query.equal('listId', listId),
    Query.equal('name', itemName),
  ]);
  const requestedAt = new Date().toISOString(); // expect: unused-variable
  if (existing.total > 0) {
    return res.json({ added: false, reason: 'already on the list' });
  }
  const created = await databases.createDocument('groceries', 'items', 'unique()', { listId, name: itemName });
  log(`added ${itemName} to ${listId}`);
  return res.json({ added: true, id: created.$id }, 201);
};
