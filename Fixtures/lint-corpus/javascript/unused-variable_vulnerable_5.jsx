export function UserCard({ user }) {
  const { name, email, avatar } = user; // expect: unused-variable
  const initials = name.split(' ').map((part) => part[0]).join('');
  function formatEmail(value) { // expect: unused-variable
    return value.toLowerCase();
  }
  return <div title={email}>{initials}</div>;
}
