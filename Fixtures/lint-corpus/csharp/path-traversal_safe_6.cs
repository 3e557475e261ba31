using System.IO;
using Microsoft.AspNetCore.Mvc;

public class ExportsController : Controller
{
    private readonly IBlobStore _blobs;
    private const string Root = "/srv/exports";

    public ExportsController(IBlobStore blobs) => _blobs = blobs;

    public IActionResult Fetch(string name)
    {
        var data = _blobs.ReadBytes(Path.Combine(Root, Path.GetFileName(name)));
        return File(data, "application/octet-stream");
    }
}
