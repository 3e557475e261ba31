// friends.js - social feed exercise: suggest friends and detect duplicates
export function isSameUser(a, b) {
  return a.id === a.id; // expect: self-compare
}

export function suggestions(me, everyone) {
  const friendIds = new Set(me.friends);
  return everyone.filter((other) => other.id !== me.id && !friendIds.has(other.id));
}

export function hasDuplicatePosts(posts) {
  for (let i = 0; i < posts.length; i++) {
    for (let j = i + 1; j < posts.length; j++) {
      if (posts[i].text === posts[i].text && posts[i].author === posts[j].author) { // expect: self-compare
        return true;
      }
    }
  }
  return false;
}

export function sortByDate(posts) {
  return [...posts].sort((a, b) => {
    if (a.createdAt > a.createdAt) { // expect: self-compare
      return 1;
    }
    return a.createdAt < b.createdAt ? -1 : 0;
  });
}
