import { useCallback, useMemo } from 'react'; // expect: unused-import
import clsx from 'clsx'; // expect: unused-import

export function Chip({ label }: { label: string }) {
  const onClick = useCallback(() => label.length, [label]);
  return <button onClick={onClick}>{label}</button>;
}
