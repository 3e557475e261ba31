using ServiceStack;

namespace Docs.ServiceInterface;

[Route("/attachments/{Folder}", "POST")]
public class UploadAttachment : IReturn<UploadAttachmentResponse>
{
    public string Folder { get; set; } = "";
    public string FileName { get; set; } = "";
    public string ContentBase64 { get; set; } = "";
}

public class UploadAttachmentResponse
{
    public string Path { get; set; } = "";
}

[Route("/attachments/{Folder}/{Name}", "DELETE")]
public class DeleteAttachment : IReturnVoid
{
    public string Folder { get; set; } = "";
    public string Name { get; set; } = "";
}

public class AttachmentService : Service
{
    public IAppSettings Settings { get; set; } = default!;

    private string Root => Path.GetFullPath(Settings.GetString("AttachmentRoot") ?? @"D:\attachments");

    private string Resolve(params string[] parts)
    {
        var root = Root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(parts.Prepend(root).ToArray()));
        if (!full.StartsWith(root, StringComparison.OrdinalIgnoreCase))
        {
            throw HttpError.BadRequest("Invalid attachment path");
        }
        return full;
    }

    public async Task<object> Post(UploadAttachment request)
    {
        var target = Resolve(request.Folder, request.FileName);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await using (var fs = new FileStream(target, FileMode.Create, FileAccess.Write))
        {
            await fs.WriteAsync(Convert.FromBase64String(request.ContentBase64));
        }
        return new UploadAttachmentResponse { Path = target };
    }

    public void Delete(DeleteAttachment request)
    {
        File.Delete(Resolve(request.Folder, request.Name));
    }
}
