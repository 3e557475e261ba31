/* global $docsify */
(function () {
  function readingMinutes(text) {
    return Math.max(1, Math.round(text.split(/\s+/).length / 220));
  }

  function decorateHeadings() {
    const headings = document.querySelectorAll('.markdown-section h2');
    const toc = document.querySelector('.sidebar-nav');
    if (!toc) {
      return;
    }
    for (const heading of headings) {
      const anchor = heading.querySelector('a');
      if (!anchor) {
        continue;
      }
      const link = toc.querySelector(`a[href$="${anchor.getAttribute('href')}"]`);
      if (link) {
        link.classList.add('has-section');
      }
    }
  }

  function minutesBadge(hook) {
    hook.beforeEach((markdown) => `> ${readingMinutes(markdown)} min read\n\n${markdown}`);
    hook.doneEach(decorateHeadings);
  }

  window.$docsify = window.$docsify || {};
  $docsify.plugins = [].concat(minutesBadge, $docsify.plugins || []);
})();
