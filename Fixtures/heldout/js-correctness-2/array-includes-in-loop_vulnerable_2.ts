interface Follow {
  follower: string;
  followee: string;
}

export function mutuals(follows: Follow[], user: string): string[] {
  const following: string[] = [];
  for (const f of follows) {
    if (f.follower === user) {
      following.push(f.followee);
    }
  }
  const result: string[] = [];
  for (const f of follows) {
    if (f.followee === user && following.includes(f.follower)) {  // expect: array-includes-in-loop
      result.push(f.follower);
    }
  }
  return result;
}
