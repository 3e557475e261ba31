import $ from 'jquery';
import DOMPurify from 'dompurify';

window.addEventListener('message', (event) => {
  const item = document.createElement('li');
  item.textContent = event.data.text;
  document.getElementById('chat').append(item);
});

const params = new URLSearchParams(window.location.search);
$('#greeting').text('Hello ' + params.get('name'));
document.getElementById('crumb').insertAdjacentText('beforeend', document.URL);

export function Preview() {
  const fragment = decodeURIComponent(window.location.hash.substring(1));
  return (
    <div className="preview">
      <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(fragment) }} />
      <p>{fragment}</p>
    </div>
  );
}
