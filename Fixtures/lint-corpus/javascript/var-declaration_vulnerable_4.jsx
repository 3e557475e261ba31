export function Table({ rows }) {
  var header = Object.keys(rows[0] || {}); // expect: var-declaration
  return (
    <table>
      <thead>
        <tr>{header.map((key) => <th key={key}>{key}</th>)}</tr>
      </thead>
    </table>
  );
}
