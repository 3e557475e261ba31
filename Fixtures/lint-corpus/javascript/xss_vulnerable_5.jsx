import $ from 'jquery';

window.addEventListener('message', (event) => {
  const list = document.getElementById('chat');
  list.insertAdjacentHTML('beforeend', `<li>${event.data.text}</li>`); // expect: xss
});

const params = new URLSearchParams(window.location.search);
$('#greeting').html('Hello ' + params.get('name')); // expect: xss
document.write('<a href="' + document.URL + '&print=1">Print</a>'); // expect: xss

export function Preview() {
  const fragment = window.location.hash.substring(1);
  return <div className="preview" dangerouslySetInnerHTML={{ __html: decodeURIComponent(fragment) }} />; // expect: xss
}
