using System.Collections.Concurrent;
using System.Threading.Tasks;
using Microsoft.AspNetCore.SignalR;

namespace Arcade.Hubs;

public interface IScoreStore
{
    Task<int> AddAsync(string room, string player, int points);
}

public class ScoreboardHub : Hub
{
    private static readonly ConcurrentDictionary<string, string> Rooms = new();
    private readonly IScoreStore _scores;

    public ScoreboardHub(IScoreStore scores) => _scores = scores;

    public async void JoinRoom(string room) // expect: async-void
    {
        Rooms[Context.ConnectionId] = room;
        await Groups.AddToGroupAsync(Context.ConnectionId, room);
        await Clients.Group(room).SendAsync("joined", Context.UserIdentifier);
    }

    public async Task Score(int points)
    {
        if (!Rooms.TryGetValue(Context.ConnectionId, out var room))
        {
            throw new HubException("join a room first");
        }
        var total = await _scores.AddAsync(room, Context.UserIdentifier ?? "anon", points);
        await Clients.Group(room).SendAsync("score", Context.UserIdentifier, total);
    }
}
