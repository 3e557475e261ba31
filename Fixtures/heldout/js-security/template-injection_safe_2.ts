import express, { Request, Response } from 'express';
import nunjucks from 'nunjucks';
import pug from 'pug';
import _ from 'lodash';

const app = express();
app.use(express.json());

const env = nunjucks.configure('views', { autoescape: true });
const renderCard = pug.compileFile('views/card.pug');
const fillLabel = _.template('<%- sku %> / <%- name %>');

app.get('/profile/:name', (req: Request, res: Response) => {
  res.send(env.render('profile.njk', { name: req.params.name, bio: req.query.bio }));
});

app.post('/cards', (req: Request, res: Response) => {
  res.send(renderCard({ message: String(req.body.message ?? 'Happy birthday!') }));
});

app.post('/labels', (req: Request, res: Response) => {
  res.json((req.body.items as Array<Record<string, string>>).map((item) => fillLabel(item)));
});

export default app;
