// Directus hook extension: tags new articles by keyword rules editors keep in a collection
module.exports = ({ filter }, { services, getSchema }) => {
  filter('articles.items.create', async (input) => {
    const rules = new services.ItemsService('tag_rules', { schema: await getSchema() });
    const list = await rules.readByQuery({ limit: -1 });
    const tags = new Set(input.tags || []);
    for (const rule of list) {
      const matcher = RegExp(rule.expression, 'i'); // expect: regex-injection
      if (matcher.test(input.title) || matcher.test(input.body || '')) {
        tags.add(rule.tag);
      }
    }
    return { ...input, tags: [...tags] };
  });
};
