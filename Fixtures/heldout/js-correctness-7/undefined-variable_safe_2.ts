// Typesense search client for the docs site: helper and page size declared.
import Typesense from 'typesense';

const client = new Typesense.Client({
  nodes: [{ host: process.env.TYPESENSE_HOST ?? 'localhost', port: 8108, protocol: 'http' }],
  apiKey: process.env.TYPESENSE_SEARCH_KEY ?? '',
});

const PER_PAGE = 10;

export interface Hit {
  title: string;
  url: string;
  collection: string;
}

function toHit(document: Record<string, unknown>, collection: string): Hit {
  return { title: String(document.title ?? document.name), url: String(document.url), collection };
}

export async function searchDocs(query: string, version: string): Promise<Hit[]> {
  const { results } = await client.multiSearch.perform({
    searches: [
      { collection: 'guides', q: query, query_by: 'title,body', filter_by: `version:=${version}` },
      { collection: 'api', q: query, query_by: 'name,summary', per_page: PER_PAGE },
    ],
  });
  return results.flatMap((result) =>
    (result.hits ?? []).map((hit) => toHit(hit.document as Record<string, unknown>, result.request_params.collection_name))
  );
}
