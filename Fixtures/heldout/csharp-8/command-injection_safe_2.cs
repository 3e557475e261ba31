using System.Diagnostics;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Coravel.Invocable;

namespace Archive.Jobs
{
    public class CompressUploadsJob : IInvocable, IInvocableWithPayload<UploadBatch>
    {
        private static readonly Regex SafeName = new Regex("^[A-Za-z0-9_.-]{1,64}$");

        public UploadBatch Payload { get; set; } = new UploadBatch();

        public async Task Invoke()
        {
            if (!SafeName.IsMatch(Payload.Label) || !Payload.Files.All(SafeName.IsMatch))
            {
                return;
            }
            var psi = new ProcessStartInfo("tar") { WorkingDirectory = "/srv/uploads" };
            psi.ArgumentList.Add("-czf");
            psi.ArgumentList.Add($"/srv/archive/{Payload.Label}.tgz");
            psi.ArgumentList.Add("--");
            foreach (var file in Payload.Files)
            {
                psi.ArgumentList.Add(file);
            }
            using var proc = Process.Start(psi);
            await proc!.WaitForExitAsync();
        }
    }

    public class UploadBatch
    {
        public string Label { get; set; } = "batch";
        public string[] Files { get; set; } = new string[0];
    }
}
