export default function CartBadge({ cart }) {
  const count = cart.items.length;
  const label = count === 1 ? 'item' : 'items';
  const style = { color: count > 0 ? 'green' : 'gray' };
  return (
    <span className="badge" style={style} title={`${count} ${label}`}>
      {count}
    </span>
  );
}
