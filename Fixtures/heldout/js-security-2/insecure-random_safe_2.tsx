// components/Celebration.tsx -- confetti after a completed upload; ids from crypto
import React, { useMemo } from 'react';

interface Props {
  pieces?: number;
  onDone: (requestId: string) => void;
}

const COLORS = ['#f94144', '#f8961e', '#f9c74f', '#90be6d', '#577590'];

export default function Celebration({ pieces = 40, onDone }: Props) {
  const confetti = useMemo(
    () =>
      Array.from({ length: pieces }, (_, i) => ({
        id: i,
        left: Math.random() * 100,
        delay: Math.random() * 0.8,
        color: COLORS[Math.floor(Math.random() * COLORS.length)],
      })),
    [pieces],
  );
  const requestId = useMemo(() => crypto.randomUUID(), []);
  return (
    <div className="confetti" onAnimationEnd={() => onDone(requestId)}>
      {confetti.map((c) => (
        <span key={c.id} style={{ left: `${c.left}%`, animationDelay: `${c.delay}s`, background: c.color }} />
      ))}
    </div>
  );
}
