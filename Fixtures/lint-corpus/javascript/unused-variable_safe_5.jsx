export function UserCard({ user }) {
  const { name, email } = user;
  const initials = name.split(' ').map((part) => part[0]).join('');
  function formatEmail(value) {
    return value.toLowerCase();
  }
  return <div title={formatEmail(email)}>{initials}</div>;
}
