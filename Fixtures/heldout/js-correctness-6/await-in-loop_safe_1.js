'use strict';

const { Client } = require('@elastic/elasticsearch');

const client = new Client({ node: process.env.ELASTIC_URL, auth: { apiKey: process.env.ELASTIC_API_KEY } });

async function reindexOne(tenant, targetVersion) {
  const result = await client.reindex({
    wait_for_completion: true,
    source: { index: `${tenant.slug}-orders` },
    dest: { index: `${tenant.slug}-orders-v${targetVersion}` },
  });
  return { tenant: tenant.slug, created: result.created, failures: result.failures.length };
}

async function reindexTenants(tenants, targetVersion) {
  return Promise.all(tenants.map((tenant) => reindexOne(tenant, targetVersion)));
}

module.exports = { reindexTenants };
