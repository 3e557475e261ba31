// Directus custom endpoint extension: campaign links with click counting
module.exports = {
  id: 'r',
  handler: (router, { services, getSchema }) => {
    const { ItemsService } = services;

    router.get('/:slug', async (req, res, next) => {
      const links = new ItemsService('campaign_links', { schema: await getSchema() });
      const [link] = await links.readByQuery({ filter: { slug: { _eq: req.params.slug } }, limit: 1 });
      if (!link) {
        return next();
      }
      await links.updateOne(link.id, { clicks: (link.clicks || 0) + 1 });
      res.redirect(302, link.destination); // expect: open-redirect
    });
  },
};
