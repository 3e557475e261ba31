import { useEffect, useState } from 'react';

export function Orders({ userId, onError }: { userId: string; onError: (error: Error) => void }) {
  const [orders, setOrders] = useState<string[]>([]);

  useEffect(() => {
    fetch(`/api/users/${encodeURIComponent(userId)}/orders`)
      .then((reply) => reply.json())
      .then((data: string[]) => setOrders(data))
      .catch(onError);
  }, [userId, onError]);

  return <ul className="debugger-friendly">{orders.map((order) => <li key={order}>{order}</li>)}</ul>;
}
