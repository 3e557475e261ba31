import { useCallback, type ReactNode } from 'react';
import clsx from 'clsx';
import { Icon } from './Icon';

export function Chip({ label, active, children }: { label: string; active: boolean; children?: ReactNode }) {
  const onClick = useCallback(() => label.length, [label]);
  return (
    <button className={clsx('chip', { active })} onClick={onClick}>
      <Icon name="tag" />
      {children ?? label}
    </button>
  );
}
