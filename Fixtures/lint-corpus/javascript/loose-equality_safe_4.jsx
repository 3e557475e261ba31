export function Cart({ items, coupon }) {
  const total = items.reduce((sum, item) => sum + item.price * item.quantity, 0);
  const discounted = coupon != null ? total * 0.9 : total;

  return (
    <div>
      {items.length === 0 && <p>Your cart is empty</p>}
      <p className={total !== discounted ? 'discount' : ''}>{discounted}</p>
    </div>
  );
}
