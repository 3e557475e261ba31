// todo.js (model answer) - every name is declared, hoisted, or a browser global
const list = document.getElementById("todos");
const input = document.getElementById("new-todo");
const counter = document.querySelector(".counter");
const items = [];

function render() {
  list.replaceChildren(...items.map(toListItem));
  counter.textContent = `${items.length} items`;
  saveTodos();
}

function toListItem(item) {
  const li = document.createElement("li");
  li.textContent = item.text;
  li.classList.toggle("done", item.done);
  return li;
}

function saveTodos() {
  localStorage.setItem("todos", JSON.stringify(items));
}

document.getElementById("todo-form").addEventListener("submit", (event) => {
  event.preventDefault();
  items.push({ text: input.value.trim(), done: false });
  input.value = "";
  render();
});

window.addEventListener("load", () => {
  const saved = JSON.parse(localStorage.getItem("todos") ?? "[]");
  items.push(...structuredClone(saved));
  if (typeof analytics !== "undefined") {
    globalThis.console.info("analytics present");
  }
  render();
});
