using System;
using System.Collections.Generic;
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
        private static readonly HashSet<string> Templates = new HashSet<string> { "welcome", "reset", "invoice" };

        [Function("PreviewTemplate")]
        public IActionResult Preview([HttpTrigger(AuthorizationLevel.Function, "get")] HttpRequest req)
        {
            string name = req.Query["template"];
            if (name == null || !Templates.Contains(name))
                return new NotFoundResult();
            var html = File.ReadAllText(Path.Combine(TemplatesDir, name + ".html"));
            return new ContentResult { Content = html, ContentType = "text/plain" };
        }

        [Function("UploadAttachment")]
        public async Task<IActionResult> Upload([HttpTrigger(AuthorizationLevel.Function, "post")] HttpRequest req)
        {
            var form = await req.ReadFormAsync();
            var stored = new List<string>();
            foreach (var formFile in form.Files)
            {
                var name = Guid.NewGuid().ToString("N") + Path.GetExtension(Path.GetFileName(formFile.FileName));
                await using var fs = new FileStream(Path.Combine(AttachmentsDir, name), FileMode.CreateNew);
                await formFile.CopyToAsync(fs);
                stored.Add(name);
            }
            return new OkObjectResult(stored);
        }
    }
}
