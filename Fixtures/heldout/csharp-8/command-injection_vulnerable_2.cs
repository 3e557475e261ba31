using System.Diagnostics;
using System.Threading.Tasks;
using Coravel.Invocable;

namespace Archive.Jobs
{
    public class CompressUploadsJob : IInvocable, IInvocableWithPayload<UploadBatch>
    {
        public UploadBatch Payload { get; set; } = new UploadBatch();

        private string ArchiveCommand() =>
            string.Format("tar -czf /srv/archive/{0}.tgz {1}", Payload.Label, string.Join(" ", Payload.Files));

        public async Task Invoke()
        {
            using var proc = Process.Start("sh", $"-c \"{ArchiveCommand()}\""); // expect: command-injection
            await proc.WaitForExitAsync();
        }
    }

    public class UploadBatch
    {
        public string Label { get; set; } = "batch";
        public string[] Files { get; set; } = new string[0];
    }
}
