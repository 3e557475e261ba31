using System;
using System.Collections.Concurrent;
using System.Text.Json;
using Fleck;

namespace Scoreboard;

public record ScoreUpdate(string Match, int Home, int Away);

public static class Program
{
    private static readonly ConcurrentDictionary<Guid, IWebSocketConnection> Clients = new();

    private static void Broadcast(string json)
    {
        foreach (var (id, client) in Clients)
        {
            try
            {
                client.Send(json);
            }
            catch (Exception ex)
            {
                // A dead socket is dropped; the client reconnects and gets the next update.
                FleckLog.Warn($"dropping client {id}: {ex.Message}");
                Clients.TryRemove(id, out _);
            }
        }
    }

    public static void Main()
    {
        var server = new WebSocketServer("ws://0.0.0.0:8181");
        server.Start(socket =>
        {
            socket.OnOpen = () => Clients[socket.ConnectionInfo.Id] = socket;
            socket.OnClose = () => Clients.TryRemove(socket.ConnectionInfo.Id, out _);
            socket.OnMessage = message =>
            {
                try
                {
                    var update = JsonSerializer.Deserialize<ScoreUpdate>(message);
                    if (update is not null)
                        Broadcast(JsonSerializer.Serialize(update));
                }
                catch (JsonException ex)
                {
                    socket.Send(JsonSerializer.Serialize(new { error = "invalid update", detail = ex.Message }));
                }
            };
        });
        Console.ReadLine();
    }
}
