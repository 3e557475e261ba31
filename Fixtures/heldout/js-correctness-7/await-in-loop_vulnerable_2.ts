// Contentful management script: publishes every draft entry of a content type.
import { createClient } from 'contentful-management';

export async function publishDrafts(spaceId: string, contentType: string): Promise<string[]> {
  const client = createClient({ accessToken: process.env.CONTENTFUL_MANAGEMENT_TOKEN ?? '' });
  const space = await client.getSpace(spaceId);
  const environment = await space.getEnvironment('master');
  const drafts = await environment.getEntries({ content_type: contentType, 'sys.publishedAt[exists]': false });

  const published: string[] = [];
  for (const entry of drafts.items) {
    const fresh = await environment.getEntry(entry.sys.id); // expect: await-in-loop
    const done = await fresh.publish(); // expect: await-in-loop
    published.push(done.sys.id);
  }
  return published;
}
