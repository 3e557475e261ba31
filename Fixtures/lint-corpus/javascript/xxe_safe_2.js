// Browser: read an uploaded RSS file and list its titles.
document.querySelector('#rss').addEventListener('change', async (event) => {
  const text = await event.target.files[0].text();
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  const list = document.querySelector('#titles');
  for (const title of doc.querySelectorAll('item > title')) {
    const item = document.createElement('li');
    item.textContent = title.textContent;
    list.append(item);
  }
});
