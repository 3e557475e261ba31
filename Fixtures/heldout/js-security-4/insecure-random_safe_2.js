// Browser script for the office party page: confetti and a shuffled seating plan.
(function party() {
  const colours = ['#ff595e', '#ffca3a', '#8ac926', '#1982c4', '#6a4c93'];
  const canvas = document.getElementById('confetti');
  const ctx = canvas.getContext('2d');

  function confettiPiece() {
    return {
      x: Math.random() * canvas.width,
      y: -10,
      speed: 1 + Math.random() * 3,
      colour: colours[Math.floor(Math.random() * colours.length)],
    };
  }

  function shuffled(list) {
    const copy = list.slice();
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(Math.random() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }

  const pieces = Array.from({ length: 120 }, confettiPiece);
  function frame() {
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    pieces.forEach((p) => {
      p.y = p.y > canvas.height ? -10 : p.y + p.speed;
      ctx.fillStyle = p.colour;
      ctx.fillRect(p.x, p.y, 6, 10);
    });
    window.requestAnimationFrame(frame);
  }
  window.requestAnimationFrame(frame);

  const names = Array.from(document.querySelectorAll('#guests li'), (li) => li.textContent);
  const seating = document.getElementById('seating');
  shuffled(names).forEach((name, seat) => {
    const row = document.createElement('li');
    row.textContent = `Seat ${seat + 1}: ${name}`;
    seating.appendChild(row);
  });
})();
