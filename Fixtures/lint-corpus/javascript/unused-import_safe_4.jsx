import * as dates from 'date-fns';
import { useMemo, useState } from 'react';
import Button from './Button';

export function Counter({ since }) {
  const [count, setCount] = useState(0);
  const label = useMemo(() => dates.formatDistanceToNow(since), [since]);
  return <Button title={label} onClick={() => setCount(count + 1)}>{count}</Button>;
}
