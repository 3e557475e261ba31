// tags.js (fixed) - Set-based merging; string includes for text search
const posts = require("./posts.json");

function allTags(list) {
  const tags = new Set();
  for (const post of list) {
    for (const tag of post.tags) {
      tags.add(tag);
    }
  }
  return [...tags];
}

function search(list, text) {
  const needle = text.toLowerCase();
  const hits = [];
  for (const post of list) {
    if (post.title.toLowerCase().includes(needle) || post.body.indexOf(text) !== -1) {
      hits.push(post);
    }
  }
  return hits;
}

function firstImagePost(list) {
  const imageTag = "photo";
  return list.find((post) => post.tags[0] === imageTag);
}

console.log(allTags(posts).length, search(posts, "css").length, firstImagePost(posts));
