// tags.js - tag cloud for the blog: merge tags from all posts (Node script)
const posts = require("./posts.json");

function allTags(list) {
  const tags = [];
  for (const post of list) {
    for (const tag of post.tags) {
      if (!tags.includes(tag)) { // expect: array-includes-in-loop
        tags.push(tag);
      }
    }
  }
  return tags;
}

function postsWithAnyTag(list, wanted) {
  const result = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = 0; j < list[i].tags.length; j++) {
      if (wanted.indexOf(list[i].tags[j]) >= 0) { // expect: array-includes-in-loop
        result.push(list[i]);
        break;
      }
    }
  }
  return result;
}

console.log(allTags(posts).length, postsWithAnyTag(posts, ["js", "css"]).length);
