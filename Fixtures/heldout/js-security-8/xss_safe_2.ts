// Live auction ticker: bids arrive over Server-Sent Events and are shown in the sidebar.
interface Bid {
  bidder: string;
  amount: number;
  comment: string;
}

const list = document.getElementById('bids') as HTMLUListElement;
const banner = document.getElementById('leader') as HTMLElement;
const stream = new EventSource('/auctions/' + document.body.dataset.auction + '/events');

function bidItem(bid: Bid): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'bid';
  const who = document.createElement('strong');
  who.textContent = bid.bidder;
  const quote = document.createElement('q');
  quote.textContent = bid.comment;
  item.append(who, ` offered ${Number(bid.amount).toFixed(2)}`, quote);
  return item;
}

stream.addEventListener('bid', (event: MessageEvent) => {
  list.prepend(bidItem(JSON.parse(event.data) as Bid));
});

stream.addEventListener('leader', (event: MessageEvent) => {
  const leader = JSON.parse(event.data) as { displayName: string };
  banner.textContent = `Leading: ${leader.displayName}`;
});
