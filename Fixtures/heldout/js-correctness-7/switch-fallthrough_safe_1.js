// Howler.js sound manager for a browser game: every case ends or falls through on purpose.
import { Howl, Howler } from 'howler';

const sounds = {
  coin: new Howl({ src: ['/audio/coin.webm', '/audio/coin.mp3'] }),
  hurt: new Howl({ src: ['/audio/hurt.webm', '/audio/hurt.mp3'] }),
  music: new Howl({ src: ['/audio/theme.webm'], loop: true, volume: 0.4 }),
};

export function onGameEvent(event) {
  switch (event.type) {
    case 'coin':
      sounds.coin.play();
      break;
    case 'hit': {
      const id = sounds.hurt.play();
      sounds.hurt.rate(event.critical ? 0.8 : 1, id);
      break;
    }
    case 'pause':
    case 'menu':
      sounds.music.pause();
      break;
    case 'resume':
      if (!sounds.music.playing()) {
        sounds.music.play();
      }
      // falls through
    case 'volume':
      Howler.volume(event.level ?? 1);
      break;
    default:
      break;
  }
}
