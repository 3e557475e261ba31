export function Table({ rows }) {
  const header = Object.keys(rows[0] || {});
  let variant = 'plain';
  if (rows.length > 10) {
    variant = 'striped';
  }
  return (
    <table className={variant}>
      <thead>
        <tr>{header.map((key) => <th key={key}>{key}</th>)}</tr>
      </thead>
    </table>
  );
}
