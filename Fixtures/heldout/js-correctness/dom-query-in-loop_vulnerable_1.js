// scoreboard.js - highlight the leading team every time scores change
export function renderScores(teams) {
  for (const team of teams) {
    const table = document.querySelector("#scoreboard tbody"); // expect: dom-query-in-loop
    const row = document.createElement("tr");
    row.insertCell().textContent = team.name;
    row.insertCell().textContent = String(team.points);
    table.appendChild(row);
  }
}

export function highlightLeader(teams) {
  const best = Math.max(...teams.map((t) => t.points));
  teams.forEach((team, index) => {
    const rows = document.querySelectorAll("#scoreboard tbody tr"); // expect: dom-query-in-loop
    rows[index].classList.toggle("leader", team.points === best);
  });
}

export function updateTotals(teams) {
  let i = 0;
  while (i < teams.length) {
    document.getElementById("total").textContent = String(i + 1); // expect: dom-query-in-loop
    i++;
  }
}
