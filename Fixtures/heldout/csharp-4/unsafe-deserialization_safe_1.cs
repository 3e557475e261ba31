using System.Text.Json;
using Google.Protobuf;
using Grpc.Core;

namespace Planner.Services;

public sealed class BoardSyncService : BoardSync.BoardSyncBase
{
    private static readonly JsonSerializerOptions Options = new()
    {
        MaxDepth = 8,
        PropertyNameCaseInsensitive = true,
    };

    private readonly IBoardStore _store;

    public BoardSyncService(IBoardStore store) => _store = store;

    public override async Task<SyncReply> Push(SyncRequest request, ServerCallContext context)
    {
        var board = Decode(request.State)
            ?? throw new RpcException(new Status(StatusCode.InvalidArgument, "empty board"));
        await _store.SaveAsync(request.BoardId, board, context.CancellationToken);
        return new SyncReply { Columns = board.Columns.Count };
    }

    private static BoardState? Decode(ByteString state)
    {
        try
        {
            return JsonSerializer.Deserialize<BoardState>(state.Span, Options);
        }
        catch (JsonException ex)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "bad board state: " + ex.Message));
        }
    }
}

public sealed class BoardState
{
    public List<string> Columns { get; set; } = new();
    public Dictionary<string, List<string>> Cards { get; set; } = new();
}
