// Browser: embeddable widget that talks to its host page.
function show(section) {
  document.querySelector('#panel').dataset.section = section;
}
window.show = show;

window.addEventListener('message', (event) => {
  const message = event.data;
  if (message.type === 'run') {
    eval(message.code); // expect: code-injection
  }
});

const section = window.location.hash.slice(1);
setTimeout(`show('${section}')`, 0); // expect: code-injection
