// toc-highlight.ts -- finds the section by walking headings, no XPath built from the hash
function sectionFromHash(): string {
  return decodeURIComponent(window.location.hash.replace(/^#/, '')).trim();
}

export function highlightSection(): void {
  const title = sectionFromHash();
  if (!title) return;
  const headings = document.evaluate('//section/h2', document, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
  for (let i = 0; i < headings.snapshotLength; i += 1) {
    const h2 = headings.snapshotItem(i) as HTMLElement;
    if (h2.textContent?.trim() === title) {
      const section = h2.parentElement as HTMLElement;
      section.classList.add('highlight');
      section.scrollIntoView({ behavior: 'smooth' });
      return;
    }
  }
}

window.addEventListener('hashchange', highlightSection);
highlightSection();
