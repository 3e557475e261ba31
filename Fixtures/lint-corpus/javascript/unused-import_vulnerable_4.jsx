import * as dates from 'date-fns'; // expect: unused-import
import { useMemo, useState } from 'react'; // expect: unused-import
import Button from './Button';

export function Counter() {
  const [count, setCount] = useState(0);
  return <Button onClick={() => setCount(count + 1)}>{count}</Button>;
}
