using Microsoft.AspNetCore.SignalR;

namespace Auction.Hubs
{
    public class BidHub : Hub
    {
        private readonly IBidService _bids;

        public BidHub(IBidService bids) => _bids = bids;

        public async Task PlaceBid(int lotId, decimal amount)
        {
            var accepted = await _bids.TryPlaceAsync(lotId, Context.UserIdentifier!, amount);
            if (accepted)
            {
                NotifyWatchers(lotId, amount);
            }
            await Clients.Caller.SendAsync("bidResult", accepted);
        }

        private async void NotifyWatchers(int lotId, decimal amount) // expect: async-void
        {
            await Clients.Group($"lot-{lotId}").SendAsync("newBid", lotId, amount);
        }
    }
}
