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

    private string Root => Settings.GetString("AttachmentRoot") ?? @"D:\attachments";

    public async Task<object> Post(UploadAttachment request)
    {
        var dir = Path.Combine(Root, request.Folder);
        Directory.CreateDirectory(dir);
        var target = Path.Combine(dir, request.FileName);
        await using (var fs = new FileStream(target, FileMode.Create, FileAccess.Write)) // expect: path-traversal
        {
            await fs.WriteAsync(Convert.FromBase64String(request.ContentBase64));
        }
        return new UploadAttachmentResponse { Path = target };
    }

    public void Delete(DeleteAttachment request)
    {
        File.Delete(Root + "\\" + request.Folder + "\\" + request.Name); // expect: path-traversal
    }
}
