interface Score {
  player: string;
  points: number;
}

export function renderScores(scores: Score[]): void {
  const list = document.querySelector<HTMLOListElement>("#scoreboard ol");
  if (!list) {
    return;
  }
  const fragment = document.createDocumentFragment();
  for (const score of scores) {
    const item = document.createElement("li");
    item.textContent = `${score.player}: ${score.points}`;
    fragment.appendChild(item);
  }
  list.replaceChildren(fragment);
  list.querySelectorAll("li").forEach((li, i) => li.classList.toggle("leader", i === 0));
}
