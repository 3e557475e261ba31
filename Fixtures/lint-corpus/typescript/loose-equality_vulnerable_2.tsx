import { useState } from 'react';

export function QuantityPicker({ max }: { max: number }) {
  const [quantity, setQuantity] = useState(1);
  const atLimit = quantity == max; // expect: loose-equality

  return (
    <div>
      <button type="button" disabled={quantity == 1} onClick={() => setQuantity(quantity - 1)}> {/* expect: loose-equality */}
        −
      </button>
      <span>{quantity}</span>
      <button type="button" disabled={atLimit} onClick={() => setQuantity(quantity + 1)}>
        +
      </button>
    </div>
  );
}
