using MassTransit;

namespace Media.Workers;

public record StoreThumbnail(string Album, string FileName, byte[] Data);

// The same consumer keeping only the last component of each name.
public sealed class StoreThumbnailConsumer : IConsumer<StoreThumbnail>
{
    private const string Root = "/var/media/thumbs";

    public async Task Consume(ConsumeContext<StoreThumbnail> context)
    {
        var msg = context.Message;
        var folder = Path.Combine(Root, Path.GetFileName(msg.Album));
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, Path.GetFileName(msg.FileName)), msg.Data);
    }
}
