/* global $ */
// Store locator page: filters the store list by the town in the address bar.
$(function () {
  const params = new URLSearchParams(window.location.search);
  const town = params.get('town') || '';

  function storeCard(store) {
    return '<li class="store"><strong>' + store.name + '</strong><span>' + store.street + '</span></li>';
  }

  $('#heading').html('Stores near ' + town); // expect: xss

  $.getJSON('/api/stores', { town: town }).done(function (stores) {
    const cards = stores.map(storeCard).join('');
    $('#stores').append(cards); // expect: xss
  });
});
