using MassTransit;

namespace Media.Workers;

public record StoreThumbnail(string Album, string FileName, byte[] Data);

// Consumer of thumbnails queued by the upload API; the message says where to put them.
public sealed class StoreThumbnailConsumer : IConsumer<StoreThumbnail>
{
    private const string Root = "/var/media/thumbs";

    public async Task Consume(ConsumeContext<StoreThumbnail> context)
    {
        var msg = context.Message;
        var target = Path.Combine(Root, msg.Album, msg.FileName);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await File.WriteAllBytesAsync(target, msg.Data); // expect: path-traversal
    }
}
