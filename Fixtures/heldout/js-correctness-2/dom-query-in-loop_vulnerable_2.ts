interface Score {
  player: string;
  points: number;
}

export function renderScores(scores: Score[]): void {
  scores.forEach((score, i) => {
    const list = document.querySelector<HTMLOListElement>("#scoreboard ol")!;  // expect: dom-query-in-loop
    const item = document.createElement("li");
    item.textContent = `${score.player}: ${score.points}`;
    if (i === 0) {
      item.classList.add("leader");
    }
    list.appendChild(item);
  });
  let i = 0;
  while (i < scores.length) {
    const badges = document.getElementsByClassName("badge");  // expect: dom-query-in-loop
    badges[i]?.setAttribute("title", scores[i].player);
    i++;
  }
}
