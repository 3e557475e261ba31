using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.SignalR;
using Newtonsoft.Json;

namespace Whiteboard.Hubs
{
    public class BoardHub : Hub
    {
        private static readonly JsonSerializerSettings Settings = new JsonSerializerSettings
        {
            TypeNameHandling = TypeNameHandling.Objects, // expect: unsafe-deserialization
        };

        private readonly IBoardRepository _boards;

        public BoardHub(IBoardRepository boards) => _boards = boards;

        public async Task AddShape(string boardId, string shapeJson)
        {
            var shape = JsonConvert.DeserializeObject<Shape>(shapeJson, Settings);
            await _boards.AddAsync(boardId, shape!);
            await Clients.Group(boardId).SendAsync("ShapeAdded", shapeJson);
        }

        public async Task ReplaceBoard(string boardId, string snapshot)
        {
            var serializer = new JsonSerializer { TypeNameHandling = TypeNameHandling.All }; // expect: unsafe-deserialization
            using var reader = new JsonTextReader(new StringReader(snapshot));
            var board = serializer.Deserialize<Board>(reader);
            await _boards.ReplaceAsync(boardId, board!);
        }
    }
}
