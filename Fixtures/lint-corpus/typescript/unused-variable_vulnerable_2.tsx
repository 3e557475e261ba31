import { useState } from 'react';

export function SearchBox({ onSearch }: { onSearch: (q: string) => void }) {
  const [query, setQuery] = useState('');
  const [history, setHistory] = useState<string[]>([]); // expect: unused-variable
  const placeholder = 'Search products'; // expect: unused-variable

  return (
    <form onSubmit={(event) => { event.preventDefault(); onSearch(query); }}>
      <input value={query} onChange={(event) => setQuery(event.target.value)} />
    </form>
  );
}
