using System.Runtime.Serialization.Formatters.Binary;
using Google.Protobuf;
using Grpc.Core;

namespace Planner.Services;

// Lets the desktop client push its offline board state to the server.
public sealed class BoardSyncService : BoardSync.BoardSyncBase
{
    private readonly IBoardStore _store;

    public BoardSyncService(IBoardStore store) => _store = store;

    public override async Task<SyncReply> Push(SyncRequest request, ServerCallContext context)
    {
        var board = Decode(request.State);
        await _store.SaveAsync(request.BoardId, board, context.CancellationToken);
        return new SyncReply { Columns = board.Columns.Count };
    }

    private static BoardState Decode(ByteString state)
    {
        using var ms = new MemoryStream(state.ToByteArray());
#pragma warning disable SYSLIB0011
        var formatter = new BinaryFormatter();
        return (BoardState)formatter.Deserialize(ms); // expect: unsafe-deserialization
#pragma warning restore SYSLIB0011
    }
}

[Serializable]
public sealed class BoardState
{
    public List<string> Columns { get; set; } = new();
    public Dictionary<string, List<string>> Cards { get; set; } = new();
}
