import { useState } from 'react';

export function SearchBox({ onSearch }: { onSearch: (q: string) => void }) {
  const [query, setQuery] = useState('');
  const [, forceRender] = useState(0);
  const placeholder = 'Search products';

  return (
    <form onSubmit={(event) => { event.preventDefault(); onSearch(query); forceRender((n) => n + 1); }}>
      <input value={query} placeholder={placeholder} onChange={(event) => setQuery(event.target.value)} />
    </form>
  );
}
