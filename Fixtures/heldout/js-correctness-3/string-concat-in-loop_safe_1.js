const list = document.getElementById("todo-list");
const todos = JSON.parse(localStorage.getItem("todos") || "[]");

function renderItem(item) {
  const li = document.createElement("li");
  li.className = item.done ? "done" : "";
  li.dataset.id = item.id;
  li.textContent = item.text;
  return li;
}

function render(items) {
  const fragment = document.createDocumentFragment();
  for (const item of items) {
    fragment.appendChild(renderItem(item));
  }
  list.replaceChildren(fragment);
}

function footer(items) {
  const parts = items.map((item) => item.text.slice(0, 10));
  let text = parts.join(", ");
  if (items.length > 5) {
    text += " ...";
  }
  return text;
}

let doneCount = 0;
todos.forEach((t) => {
  doneCount += t.done ? 1 : 0;
});
render(todos);
document.getElementById("todo-footer").textContent = `${footer(todos)} (${doneCount} done)`;
