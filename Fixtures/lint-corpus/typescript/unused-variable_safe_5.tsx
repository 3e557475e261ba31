import { useState } from 'react';

export function Filters({ onChange }: { onChange: (tag: string) => void }) {
  const [tag, setTag] = useState('all');
  const [, forceRender] = useState(0);
  const tags = ['all', 'new', 'sale'];
  return (
    <select value={tag} onChange={(e) => { setTag(e.target.value); onChange(e.target.value); forceRender((n) => n + 1); }}>
      {tags.map((t) => <option key={t}>{t}</option>)}
    </select>
  );
}
