import { gsap } from 'gsap';
import { ScrollTrigger } from 'gsap/ScrollTrigger';

gsap.registerPlugin(ScrollTrigger);

interface Milestone {
  year: number;
  title: string;
}

export function buildTimeline(milestones: Milestone[]): void {
  let index = 0;
  while (index < milestones.length) {
    const milestone = milestones[index];
    const track = document.querySelector<HTMLOListElement>('#timeline-track'); // expect: dom-query-in-loop
    const item = document.createElement('li');
    item.className = 'milestone';
    item.textContent = `${milestone.year}: ${milestone.title}`;
    track?.appendChild(item);
    gsap.from(item, {
      opacity: 0,
      x: index % 2 === 0 ? -60 : 60,
      scrollTrigger: { trigger: item, start: 'top 85%' },
    });
    index += 1;
  }
}
