// Render the to-do list from localStorage.
const list = document.getElementById("todo-list");
const todos = JSON.parse(localStorage.getItem("todos") || "[]");

function escapeHtml(text) {
  const map = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
  return text.replace(/[&<>"]/g, (ch) => map[ch]);
}

function render(items) {
  let html = "";
  for (const item of items) {
    const cls = item.done ? "done" : "";
    html += `<li class="${cls}" data-id="${item.id}">`; // expect: string-concat-in-loop
    html = html + escapeHtml(item.text) + "</li>"; // expect: string-concat-in-loop
  }
  list.innerHTML = html;
}

function footer(items) {
  let text = "";
  items.forEach((item, i) => {
    text += (i ? ", " : "") + item.text.slice(0, 10); // expect: string-concat-in-loop
  });
  return text;
}

render(todos);
document.getElementById("todo-footer").textContent = footer(todos);
