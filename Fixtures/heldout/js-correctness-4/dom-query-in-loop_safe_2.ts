// Checkout wizard: mark the steps the user has completed.
interface Step {
  id: string;
  done: boolean;
}

export function renderProgress(steps: Step[]): void {
  const bar = document.querySelector<HTMLDivElement>(".wizard .progress-bar");
  const labels = document.getElementsByClassName("step-label");
  const completed = steps.filter((s) => s.done).length;
  if (bar) bar.style.width = `${(completed / steps.length) * 100}%`;

  steps.forEach((step, i) => {
    const label = labels.item(i);
    if (!label) return;
    label.classList.toggle("done", step.done);
    const tick = label.querySelector(".tick");
    if (tick) tick.toggleAttribute("hidden", !step.done);
  });
}
