// Fastify plugin rendering invoice notes from template files
import { FastifyInstance } from 'fastify';
import ejs from 'ejs';
import nunjucks from 'nunjucks';
import path from 'node:path';

const env = new nunjucks.Environment(new nunjucks.FileSystemLoader('views/invoices'), { autoescape: true });
const NOTE_TEMPLATE = path.join(__dirname, 'views', 'invoices', 'note.ejs');

interface NoteBody { note: string; footer: string }

export default async function invoices(app: FastifyInstance) {
  app.post<{ Body: NoteBody; Params: { id: string } }>('/invoices/:id/render', async (request) => {
    const invoice = await app.db.invoices.findById(request.params.id);
    const note = await ejs.renderFile(NOTE_TEMPLATE, { invoice, text: request.body.note });
    const html = env.render('invoice.njk', { invoice, note, footer: request.body.footer });
    return { html };
  });
}
