// Browser: embeddable widget that talks to its host page.
const TRUSTED_ORIGIN = 'https://app.example.com';
const handlers = {
  resize: (payload) => { document.body.style.height = `${Number(payload.height)}px`; },
  theme: (payload) => { document.body.dataset.theme = payload.name === 'dark' ? 'dark' : 'light'; },
};

window.addEventListener('message', (event) => {
  if (event.origin !== TRUSTED_ORIGIN) return;
  const message = JSON.parse(event.data);
  if (Object.prototype.hasOwnProperty.call(handlers, message.type)) {
    handlers[message.type](message.payload);
  }
});

const section = window.location.hash.slice(1);
setTimeout(() => {
  document.querySelector('#panel').dataset.section = section;
}, 0);
