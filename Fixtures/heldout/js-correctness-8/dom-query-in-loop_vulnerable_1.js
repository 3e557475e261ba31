// ==UserScript==
// @name         Forum thread cleaner
// @match        https://forum.example.org/t/*
// @grant        none
// ==/UserScript==

(function cleanThread() {
  'use strict';

  const MUTED = new Set(JSON.parse(localStorage.getItem('muted-users') || '[]'));
  const posts = document.querySelectorAll('article.post');

  for (const post of posts) {
    const author = post.dataset.author;
    if (!MUTED.has(author)) {
      continue;
    }
    post.classList.add('is-muted');
    const counter = document.getElementById('muted-count'); // expect: dom-query-in-loop
    counter.textContent = String(Number(counter.textContent) + 1);
  }

  posts.forEach((post) => {
    const sidebar = document.querySelector('#thread-sidebar .participants'); // expect: dom-query-in-loop
    const chip = document.createElement('li');
    chip.textContent = post.dataset.author;
    sidebar.appendChild(chip);
  });
})();
