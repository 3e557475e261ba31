// Fastify plugin rendering invoice notes with EJS and Nunjucks
import { FastifyInstance } from 'fastify';
import ejs from 'ejs';
import nunjucks from 'nunjucks';

const env = new nunjucks.Environment(new nunjucks.FileSystemLoader('views/invoices'), { autoescape: false }); // expect: template-injection

interface NoteBody { note: string; footer: string }

export default async function invoices(app: FastifyInstance) {
  app.post<{ Body: NoteBody; Params: { id: string } }>('/invoices/:id/render', async (request) => {
    const invoice = await app.db.invoices.findById(request.params.id);
    const noteTemplate = ejs.compile(request.body.note); // expect: template-injection
    const note = noteTemplate({ invoice });
    const html = env.render('invoice.njk', { invoice, note, footer: request.body.footer });
    return { html };
  });
}
