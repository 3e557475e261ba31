// feed-filter.ts: filters the RSS feed shown in the sidebar by the tag in the URL.
const TAGS = new Set(['news', 'releases', 'events', 'jobs']);

async function loadFeed(): Promise<Document> {
  const resp = await fetch('/feed.xml');
  return new DOMParser().parseFromString(await resp.text(), 'application/xml');
}

function titlesFor(feed: Document, tag: string): string[] {
  const safeTag = TAGS.has(tag) ? tag : 'news';
  const query = "//item[category='" + safeTag + "']/title";
  const result = feed.evaluate(query, feed, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
  const titles: string[] = [];
  for (let i = 0; i < result.snapshotLength; i++) {
    titles.push(result.snapshotItem(i)?.textContent ?? '');
  }
  return titles;
}

async function render(): Promise<void> {
  const tag = new URLSearchParams(window.location.search).get('tag') ?? 'news';
  const list = document.getElementById('feed');
  if (!list) {
    return;
  }
  const feed = await loadFeed();
  const items = titlesFor(feed, tag).map((title) => {
    const li = document.createElement('li');
    li.textContent = title;
    return li;
  });
  list.append(...items);
}

render();
