interface Follow {
  follower: string;
  followee: string;
}

const VALID_ROLES = ["admin", "editor", "viewer"] as const;

export function mutuals(follows: Follow[], user: string): string[] {
  const following = new Set(follows.filter((f) => f.follower === user).map((f) => f.followee));
  return follows.filter((f) => f.followee === user && following.has(f.follower)).map((f) => f.follower);
}

export function checkRole(role: string): boolean {
  return (VALID_ROLES as readonly string[]).includes(role);
}
