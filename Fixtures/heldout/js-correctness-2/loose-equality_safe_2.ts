export interface Query {
  page?: string | null;
  sort?: string;
  desc?: string | boolean;
}

export function parseQuery(q: Query) {
  const page = q.page == null ? 1 : Number(q.page);
  const desc = q.desc === true || q.desc === "true";
  return { page, sort: q.sort !== undefined ? q.sort : "created", desc };
}

export function samePage(a: Query, b: Query): boolean {
  return a.page === b.page && a.sort === b.sort && typeof a.desc === typeof b.desc;
}
