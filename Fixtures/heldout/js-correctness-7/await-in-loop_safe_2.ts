// Contentful management script: drafts published concurrently.
import { createClient, type Entry } from 'contentful-management';

async function publishOne(entry: Entry): Promise<string> {
  const done = await entry.publish();
  return done.sys.id;
}

export async function publishDrafts(spaceId: string, contentType: string): Promise<string[]> {
  const client = createClient({ accessToken: process.env.CONTENTFUL_MANAGEMENT_TOKEN ?? '' });
  const space = await client.getSpace(spaceId);
  const environment = await space.getEnvironment('master');
  const drafts = await environment.getEntries({ content_type: contentType, 'sys.publishedAt[exists]': false });
  return Promise.all(drafts.items.map(publishOne));
}
