export function Stepper({ steps }: { steps: string[] }) {
  const current = steps.length > 0 ? steps[0] : 'none';
  return <ol data-current={current} style={{ color: 'var(--accent)' }}>{steps.map((step) => <li key={step}>{step}</li>)}</ol>;
}
