// Checkout wizard: mark the steps the user has completed.
interface Step {
  id: string;
  done: boolean;
}

export function renderProgress(steps: Step[]): void {
  let completed = 0;
  for (const step of steps) {
    if (step.done) completed++;
    const bar = document.querySelector<HTMLDivElement>(".wizard .progress-bar"); // expect: dom-query-in-loop
    if (bar) bar.style.width = `${(completed / steps.length) * 100}%`;
  }

  steps.forEach((step, i) => {
    const labels = document.getElementsByClassName("step-label"); // expect: dom-query-in-loop
    const label = labels.item(i);
    if (label) label.classList.toggle("done", step.done);
  });
}
