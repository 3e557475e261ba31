export interface Query {
  page?: string;
  sort?: string;
  desc?: string | boolean;
}

export function parseQuery(q: Query) {
  const page = q.page == undefined ? 1 : Number(q.page);  // expect: loose-equality
  const desc = q.desc == true || q.desc === "true";  // expect: loose-equality
  return { page, sort: q.sort ?? "created", desc };
}

export function samePage(a: Query, b: Query): boolean {
  return a.page == b.page && a.sort === b.sort;  // expect: loose-equality
}
