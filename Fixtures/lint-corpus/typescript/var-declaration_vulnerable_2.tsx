export function TodoList({ items }: { items: string[] }) {
  var rows = items.map((item, index) => <li key={index}>{item}</li>); // expect: var-declaration
  return <ul>{rows}</ul>;
}

export function Counter({ start }: { start: number }) {
  var label: string = `Starting at ${start}`; // expect: var-declaration
  return <p>{label}</p>;
}
