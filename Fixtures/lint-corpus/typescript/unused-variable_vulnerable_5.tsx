import { useState } from 'react';

export function Filters({ onChange }: { onChange: (tag: string) => void }) {
  const [tag, setTag] = useState('all');
  const [open, setOpen] = useState(false); // expect: unused-variable
  const tags = ['all', 'new', 'sale'];
  return (
    <select value={tag} onChange={(e) => { setTag(e.target.value); onChange(e.target.value); }}>
      {tags.map((t) => <option key={t}>{t}</option>)}
    </select>
  );
}
