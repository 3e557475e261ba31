// Directus hook extension: tags new articles by keyword rules editors keep in a collection
import { defineHook } from '@directus/extensions-sdk';

interface TagRule {
  keyword: string;
  tag: string;
}

export default defineHook(({ filter }, { services, getSchema }) => {
  filter('articles.items.create', async (input: Record<string, any>) => {
    const rules = new services.ItemsService('tag_rules', { schema: await getSchema() });
    const list = (await rules.readByQuery({ limit: -1 })) as TagRule[];
    const text = `${input.title ?? ''} ${input.body ?? ''}`.toLowerCase();
    const tags = new Set<string>(input.tags ?? []);
    for (const rule of list) {
      if (text.includes(rule.keyword.toLowerCase())) {
        tags.add(rule.tag);
      }
    }
    return { ...input, tags: [...tags] };
  });
});
