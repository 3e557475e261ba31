// Notion API: copies finished tasks into the weekly report, pages created concurrently.
const { Client } = require('@notionhq/client');

const notion = new Client({ auth: process.env.NOTION_TOKEN });

function createEntry(reportDb, page) {
  const title = page.properties.Name.title.map((t) => t.plain_text).join('');
  return notion.pages.create({
    parent: { database_id: reportDb },
    properties: { Name: { title: [{ text: { content: title } }] } },
  });
}

async function weeklyReport(tasksDb, reportDb) {
  const { results } = await notion.databases.query({
    database_id: tasksDb,
    filter: { property: 'Status', status: { equals: 'Done' } },
  });
  const entries = await Promise.all(results.map((page) => createEntry(reportDb, page)));
  return entries.map((entry) => entry.id);
}

module.exports = { weeklyReport };
