import { useEffect, useState } from 'react';

export function Orders({ userId, onError }) {
  const [orders, setOrders] = useState([]);

  useEffect(() => {
    async function load() {
      try {
        const response = await fetch(`/api/users/${userId}/orders`);
        setOrders(await response.json());
      } catch (error) {
        onError(error);
      }
    }
    load();
  }, [userId, onError]);

  return <ul>{orders.map((order) => <li key={order.id}>{order.total}</li>)}</ul>;
}
