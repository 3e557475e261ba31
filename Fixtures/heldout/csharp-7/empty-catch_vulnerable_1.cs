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
        foreach (var client in Clients.Values)
        {
            try
            {
                client.Send(json);
            }
            catch { } // expect: empty-catch
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
                catch (JsonException) // expect: empty-catch
                {
                }
            };
        });
        Console.ReadLine();
    }
}
