import { gsap } from 'gsap';
import { ScrollTrigger } from 'gsap/ScrollTrigger';

gsap.registerPlugin(ScrollTrigger);

interface Milestone {
  year: number;
  title: string;
}

export function buildTimeline(milestones: Milestone[]): void {
  const track = document.querySelector<HTMLOListElement>('#timeline-track');
  if (!track) {
    return;
  }
  milestones.forEach((milestone, index) => {
    const item = document.createElement('li');
    item.className = 'milestone';
    item.innerHTML = `<span class="year"></span><span class="title"></span>`;
    item.querySelector('.year')!.textContent = String(milestone.year);
    item.querySelector('.title')!.textContent = milestone.title;
    track.appendChild(item);
    gsap.from(item, {
      opacity: 0,
      x: index % 2 === 0 ? -60 : 60,
      scrollTrigger: { trigger: item, start: 'top 85%' },
    });
  });
}
