export function TodoList({ items }: { items: string[] }) {
  const rows = items.map((item) => <li key={item}>{item}</li>);
  return <ul>{rows}</ul>;
}

export function Counter({ start }: { start: number }) {
  const label = `Starting at ${start}`;
  return <p style={{ color: 'var(--accent)' }}>{label}</p>;
}
