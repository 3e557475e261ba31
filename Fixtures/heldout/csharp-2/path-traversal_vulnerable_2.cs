using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Mailer.Functions
{
    public class TemplateFunctions
    {
        private const string TemplatesDir = "/home/site/templates";
        private const string AttachmentsDir = "/home/site/attachments";

        [Function("PreviewTemplate")]
        public IActionResult Preview([HttpTrigger(AuthorizationLevel.Function, "get")] HttpRequest req)
        {
            string name = req.Query["template"];
            var html = File.ReadAllText(Path.Combine(TemplatesDir, name + ".html")); // expect: path-traversal
            return new ContentResult { Content = html, ContentType = "text/plain" };
        }

        [Function("UploadAttachment")]
        public async Task<IActionResult> Upload([HttpTrigger(AuthorizationLevel.Function, "post")] HttpRequest req)
        {
            var form = await req.ReadFormAsync();
            foreach (var formFile in form.Files)
            {
                await using var fs = new FileStream(Path.Combine(AttachmentsDir, formFile.FileName), FileMode.Create); // expect: path-traversal
                await formFile.CopyToAsync(fs);
            }
            return new OkObjectResult(new { count = form.Files.Count });
        }
    }
}
