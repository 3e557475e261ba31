const { createClient } = require('@libsql/client');
const { Inngest } = require('inngest');

const inngest = new Inngest({ id: 'bookshop' });
const db = createClient({ url: process.env.TURSO_URL, authToken: process.env.TURSO_TOKEN });

function shelfQuery(data) {
  let sql = 'SELECT isbn, title, stock FROM books WHERE shelf = ?';
  const args = [String(data.shelf)];
  if (data.publisher) {
    sql += ' AND publisher = ?';
    args.push(String(data.publisher));
  }
  return { sql: sql + ' ORDER BY title', args };
}

exports.restockReport = inngest.createFunction(
  { id: 'restock-report' },
  { event: 'shop/restock.requested' },
  async ({ event, step }) => {
    const rows = await step.run('query', async () => {
      const result = await db.execute(shelfQuery(event.data));
      return result.rows;
    });
    const low = rows.filter((row) => Number(row.stock) < 3);
    await step.sendEvent('notify', { name: 'shop/restock.ready', data: { low } });
    return { low: low.length };
  },
);
