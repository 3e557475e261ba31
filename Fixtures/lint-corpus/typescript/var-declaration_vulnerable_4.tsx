export function Stepper({ steps }: { steps: string[] }) {
  var current = steps.length > 0 ? steps[0] : 'none'; // expect: var-declaration
  return <ol data-current={current}>{steps.map((step) => <li key={step}>{step}</li>)}</ol>;
}
