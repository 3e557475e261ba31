// Landing-page previews: the request fills data into fixed templates.
const { Eta } = require('eta');
const { createSSRApp } = require('vue');
const { renderToString } = require('vue/server-renderer');

const eta = new Eta({ views: './views' });

app.post('/preview', async (req, res) => {
  const header = eta.renderString('<h1><%= it.headline %></h1>', { headline: req.body.headline });
  const page = createSSRApp({ data: () => ({ layout: req.body.layout }), template: '<main>{{ layout }}</main>' });
  res.json({ html: header + (await renderToString(page)) });
});
