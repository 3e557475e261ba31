import express, { Request, Response } from 'express';
import nunjucks from 'nunjucks';
import pug from 'pug';
import _ from 'lodash';

const app = express();
app.use(express.json());

const env = nunjucks.configure('views', { autoescape: false }); // expect: template-injection

app.get('/profile/:name', (req: Request, res: Response) => {
  res.send(env.render('profile.njk', { name: req.params.name, bio: req.query.bio }));
});

app.post('/cards', (req: Request, res: Response) => {
  const layout = String(req.body.layout ?? 'p= message');
  const render = pug.compile(layout); // expect: template-injection
  res.send(render({ message: 'Happy birthday!' }));
});

app.post('/labels', (req: Request, res: Response) => {
  const pattern = (req.body.pattern as string) || '<%- sku %> / <%- name %>';
  const fill = _.template(pattern); // expect: template-injection
  res.json((req.body.items as Array<Record<string, string>>).map((item) => fill(item)));
});

export default app;
