export function Badge({ count, status }: { count?: number | null; status: string }) {
  if (count != null && count !== 0 && status === 'active') {
    return <span className="badge">{count}</span>;
  }
  return null;
}
