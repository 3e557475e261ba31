// ==UserScript==
// @name         Forum thread cleaner
// @match        https://forum.example.org/t/*
// @grant        none
// ==/UserScript==

(function cleanThread() {
  'use strict';

  const MUTED = new Set(JSON.parse(localStorage.getItem('muted-users') || '[]'));
  const posts = document.querySelectorAll('article.post');
  const counter = document.getElementById('muted-count');
  const sidebar = document.querySelector('#thread-sidebar .participants');
  let muted = 0;

  for (const post of posts) {
    if (MUTED.has(post.dataset.author)) {
      post.classList.add('is-muted');
      post.querySelector('.post-body').hidden = true;
      muted += 1;
    }
  }
  counter.textContent = String(muted);

  const chips = document.createDocumentFragment();
  posts.forEach((post) => {
    const chip = document.createElement('li');
    chip.textContent = post.dataset.author;
    chips.appendChild(chip);
  });
  sidebar.appendChild(chips);
})();
