import { recordTiming } from './metrics';

type User = { id: string; name: string; email: string; role: 'admin' | 'member' };

export function publicUser(user: User): Omit<User, 'email'> {
  const { email, ...rest } = user;
  return rest;
}

export async function fetchProfile(id: string): Promise<User> {
  const started = performance.now();
  const response = await fetch(`/api/users/${encodeURIComponent(id)}`);
  recordTiming('profile.fetch', performance.now() - started);
  return (await response.json()) as User;
}

export function roleLabel({ role }: User): string {
  const labels: Record<User['role'], string> = { admin: 'Administrator', member: 'Member' };
  return labels[role];
}
