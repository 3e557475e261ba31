// scoreboard.js (fixed) - query once, then work with the elements
export function renderScores(teams) {
  const table = document.querySelector("#scoreboard tbody");
  const fragment = document.createDocumentFragment();
  for (const team of teams) {
    const row = document.createElement("tr");
    row.insertCell().textContent = team.name;
    row.insertCell().textContent = String(team.points);
    fragment.appendChild(row);
  }
  table.appendChild(fragment);
}

export function highlightLeader(teams) {
  const best = Math.max(...teams.map((t) => t.points));
  const rows = document.querySelectorAll("#scoreboard tbody tr");
  teams.forEach((team, index) => {
    rows[index].classList.toggle("leader", team.points === best);
  });
}

export function updateTotals(teams) {
  const total = document.getElementById("total");
  total.textContent = String(teams.length);
}
