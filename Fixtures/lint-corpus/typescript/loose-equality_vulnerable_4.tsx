export function Badge({ count, status }: { count: number; status: string }) {
  if (count != 0 && status == 'active') { // expect: loose-equality
    return <span className="badge">{count}</span>;
  }
  return null;
}
