// Typesense search client for the docs site: federated search over two collections.
import Typesense from 'typesense';

const client = new Typesense.Client({
  nodes: [{ host: process.env.TYPESENSE_HOST ?? 'localhost', port: 8108, protocol: 'http' }],
  apiKey: process.env.TYPESENSE_SEARCH_KEY ?? '',
});

export interface Hit {
  title: string;
  url: string;
  collection: string;
}

export async function searchDocs(query: string, version: string): Promise<Hit[]> {
  const { results } = await client.multiSearch.perform({
    searches: [
      { collection: 'guides', q: query, query_by: 'title,body', filter_by: `version:=${version}` },
      { collection: 'api', q: query, query_by: 'name,summary', per_page: PER_PAGE }, // expect: undefined-variable
    ],
  });
  return results.flatMap((result) =>
    (result.hits ?? []).map((hit) => toHit(hit.document, result.request_params.collection_name)) // expect: undefined-variable
  );
}
