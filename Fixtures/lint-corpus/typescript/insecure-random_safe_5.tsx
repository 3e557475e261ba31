import { useState } from 'react';

export function TwoFactorSetup() {
  const [recoveryCodes] = useState(() => Array.from({ length: 8 }, () => crypto.randomUUID().slice(0, 8)));
  return <ul>{recoveryCodes.map((code) => <li key={code}>{code}</li>)}</ul>;
}

export function Skeleton() {
  const width = 40 + Math.floor(Math.random() * 50);
  return <div className="skeleton" style={{ width: `${width}%` }} />;
}
