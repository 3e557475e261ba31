// Landing-page previews: the headline and layout come from the request body.
const { Eta } = require('eta');
const { createSSRApp } = require('vue');
const { renderToString } = require('vue/server-renderer');

const eta = new Eta({ views: './views' });

app.post('/preview', async (req, res) => {
  const header = eta.renderString(`<h1>${req.body.headline}</h1>`, {}); // expect: template-injection
  const page = createSSRApp({ template: req.body.layout }); // expect: template-injection
  res.json({ html: header + (await renderToString(page)) });
});
