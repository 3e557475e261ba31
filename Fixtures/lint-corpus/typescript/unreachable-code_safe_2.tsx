export function StatusBadge({ status }: { status: 'ok' | 'late' | 'lost' }) {
  switch (status) {
    case 'ok':
      return <span className="ok">On time</span>;
    case 'late':
      return <span className="late">Delayed</span>;
    default:
      break;
  }
  return <span className="lost">Lost</span>;
}
