type User = { id: string; name: string; email: string; role: 'admin' | 'member' };

export function describeUser(user: User): string {
  const { name, email, role } = user; // expect: unused-variable
  return role === 'admin' ? `${name} (admin)` : name;
}

export async function fetchProfile(id: string): Promise<User> {
  const started = performance.now(); // expect: unused-variable
  const response = await fetch(`/api/users/${encodeURIComponent(id)}`);
  return (await response.json()) as User;
}
