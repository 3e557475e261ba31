using System.Diagnostics;

namespace PrintService
{
    public class SpoolerStatus
    {
        public string Read()
        {
            var psi = new ProcessStartInfo("/bin/sh", "-c \"lpstat -p | head -n 20\"")
            {
                RedirectStandardOutput = true,
            };
            using var proc = Process.Start(psi)!;
            var text = proc.StandardOutput.ReadToEnd();
            proc.WaitForExit();
            return text;
        }

        public int Print(string printerName, string labelFile)
        {
            if (!File.Exists(labelFile))
            {
                throw new FileNotFoundException(labelFile);
            }
            using var proc = Process.Start("lp", new[] { "-d", printerName, labelFile });
            proc.WaitForExit();
            return proc.ExitCode;
        }
    }
}
