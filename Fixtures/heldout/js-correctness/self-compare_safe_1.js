// friends.js (fixed) - compare two different things
export function isSameUser(a, b) {
  return a.id === b.id;
}

export function hasDuplicatePosts(posts) {
  const seen = new Set();
  for (const post of posts) {
    const key = `${post.author}\u0000${post.text}`;
    if (seen.has(key)) {
      return true;
    }
    seen.add(key);
  }
  return false;
}

export function sortByDate(posts) {
  return [...posts].sort((a, b) => (a.createdAt > b.createdAt ? 1 : a.createdAt < b.createdAt ? -1 : 0));
}

export function isStable(before, after) {
  return before.length === after.length && before.every((p, i) => p.id === after[i].id);
}
