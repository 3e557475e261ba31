// The same widget, building elements and setting their text.
function renderComments(list, comments) {
  for (const comment of comments) {
    const item = document.createElement("li");
    const author = document.createElement("b");
    author.textContent = comment.author;
    item.append(author, " ", comment.body);
    list.appendChild(item);
  }
}
