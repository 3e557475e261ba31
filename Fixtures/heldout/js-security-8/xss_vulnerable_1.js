// Live auction ticker: bids arrive over Server-Sent Events and are shown in the sidebar.
(function () {
  const list = document.getElementById('bids');
  const banner = document.getElementById('leader');
  const stream = new EventSource('/auctions/' + document.body.dataset.auction + '/events');

  function bidItem(bid) {
    return '<li class="bid"><strong>' + bid.bidder + '</strong> offered ' + bid.amount + '<q>' + bid.comment + '</q></li>';
  }

  stream.addEventListener('bid', (event) => {
    const bid = JSON.parse(event.data);
    list.insertAdjacentHTML('afterbegin', bidItem(bid)); // expect: xss
  });

  stream.addEventListener('leader', (event) => {
    const leader = JSON.parse(event.data);
    banner.innerHTML = `Leading: <b>${leader.displayName}</b>`; // expect: xss
  });
})();
