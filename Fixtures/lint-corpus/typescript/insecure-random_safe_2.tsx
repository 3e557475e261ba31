import { useState } from 'react';

const TIPS = ['Drink water', 'Stretch every hour', 'Look away from the screen'];

export function TipOfTheDay() {
  const [tip] = useState(() => TIPS[Math.floor(Math.random() * TIPS.length)]);
  const [nonce] = useState(() => crypto.randomUUID());

  return (
    <aside data-nonce={nonce}>
      <strong>Tip:</strong> {tip}
    </aside>
  );
}
