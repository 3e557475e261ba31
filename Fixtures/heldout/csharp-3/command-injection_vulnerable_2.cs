using System.Diagnostics;

namespace PrintService
{
    public class LabelPrinter
    {
        private readonly ILogger<LabelPrinter> _log;

        public LabelPrinter(ILogger<LabelPrinter> log) => _log = log;

        public int Print(string printerName, string labelFile, int copies)
        {
            _log.LogInformation("Printing {File} on {Printer}", labelFile, printerName);
            var proc = Process.Start("cmd.exe", "/c print /D:\\\\printsrv\\" + printerName + " " + labelFile); // expect: command-injection
            proc.WaitForExit();
            for (var i = 1; i < copies; i++)
            {
                using var again = Process.Start(new ProcessStartInfo("cmd.exe", $"/c copy /b {labelFile} \\\\printsrv\\{printerName}")); // expect: command-injection
                again?.WaitForExit();
            }
            return proc.ExitCode;
        }
    }
}
