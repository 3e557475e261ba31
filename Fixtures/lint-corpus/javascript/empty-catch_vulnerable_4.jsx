import { useEffect, useState } from 'react';

export function Orders({ userId }) {
  const [orders, setOrders] = useState([]);

  useEffect(() => {
    async function load() {
      try {
        const response = await fetch(`/api/users/${userId}/orders`);
        setOrders(await response.json());
      } catch (error) {} // expect: empty-catch
    }
    load();
  }, [userId]);

  return <ul>{orders.map((order) => <li key={order.id}>{order.total}</li>)}</ul>;
}
