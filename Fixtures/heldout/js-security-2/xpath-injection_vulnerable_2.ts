// toc-highlight.ts -- highlights the section named in the URL hash of a long help page
function sectionFromHash(): string {
  return decodeURIComponent(window.location.hash.replace(/^#/, ''));
}

export function highlightSection(): void {
  const title = sectionFromHash();
  if (!title) return;
  const query = "//section[h2[normalize-space(.)='" + title + "']]";
  const result = document.evaluate(query, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null); // expect: xpath-injection
  const section = result.singleNodeValue as HTMLElement | null;
  if (section) {
    section.classList.add('highlight');
    section.scrollIntoView({ behavior: 'smooth' });
  }
}

window.addEventListener('hashchange', highlightSection);
highlightSection();
