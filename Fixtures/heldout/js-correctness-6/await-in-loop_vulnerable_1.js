'use strict';

const { Client } = require('@elastic/elasticsearch');

const client = new Client({ node: process.env.ELASTIC_URL, auth: { apiKey: process.env.ELASTIC_API_KEY } });

async function reindexTenants(tenants, targetVersion) {
  const report = [];
  for (const tenant of tenants) {
    const result = await client.reindex({ // expect: await-in-loop
      wait_for_completion: true,
      source: { index: `${tenant.slug}-orders` },
      dest: { index: `${tenant.slug}-orders-v${targetVersion}` },
    });
    report.push({ tenant: tenant.slug, created: result.created, failures: result.failures.length });
  }
  return report;
}

module.exports = { reindexTenants };
