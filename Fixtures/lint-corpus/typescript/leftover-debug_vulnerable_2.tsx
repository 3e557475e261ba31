import { useEffect, useState } from 'react';

export function Orders({ userId }: { userId: string }) {
  const [orders, setOrders] = useState<string[]>([]);

  useEffect(() => {
    fetch(`/api/users/${encodeURIComponent(userId)}/orders`)
      .then((reply) => reply.json())
      .then((data: string[]) => {
        console.table(data); // expect: leftover-debug
        setOrders(data);
      });
  }, [userId]);

  console.log('render Orders', orders.length); // expect: leftover-debug
  return <ul>{orders.map((order) => <li key={order}>{order}</li>)}</ul>;
}
