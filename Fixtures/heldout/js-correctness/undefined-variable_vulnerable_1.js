// todo.js - browser to-do list from the web basics course
const list = document.getElementById("todos");
const input = document.getElementById("new-todo");
const items = [];

function render() {
  list.innerHTML = "";
  for (const item of items) {
    const li = document.createElement("li");
    li.textContent = item.text;
    li.className = item.done ? "done" : "";
    list.appendChild(li);
  }
  counter.textContent = `${items.length} items`; // expect: undefined-variable
}

function addTodo(event) {
  event.preventDefault();
  const text = input.value.trim();
  if (!text) {
    return;
  }
  items.push({ text, done: false });
  input.value = "";
  render();
  saveTodos(); // expect: undefined-variable
}

document.getElementById("todo-form").addEventListener("submit", addTodo);
window.addEventListener("load", () => {
  const saved = JSON.parse(localStorage.getItem("todos") || "[]");
  items.push(...saved);
  rendr(); // expect: undefined-variable
});
