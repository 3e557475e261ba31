// Notion API: copies finished tasks into the weekly report database.
const { Client } = require('@notionhq/client');

const notion = new Client({ auth: process.env.NOTION_TOKEN });

async function weeklyReport(tasksDb, reportDb) {
  const { results } = await notion.databases.query({
    database_id: tasksDb,
    filter: { property: 'Status', status: { equals: 'Done' } },
  });
  const created = [];
  for (const page of results) {
    const title = page.properties.Name.title.map((t) => t.plain_text).join('');
    const entry = await notion.pages.create({ // expect: await-in-loop
      parent: { database_id: reportDb },
      properties: { Name: { title: [{ text: { content: title } }] } },
    });
    created.push(entry.id);
  }
  return created;
}

module.exports = { weeklyReport };
