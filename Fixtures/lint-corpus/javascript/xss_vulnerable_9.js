// A comment widget: the page script calls renderComments with the comments it fetched.
function renderComments(list, comments) {
  for (const comment of comments) {
    list.insertAdjacentHTML("beforeend", `<li class="comment"><b>${comment.author}</b> ${comment.body}</li>`); // expect: xss
  }
}
