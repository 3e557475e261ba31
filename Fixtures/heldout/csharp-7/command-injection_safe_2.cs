using System;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Medallion.Shell;
using StreamJsonRpc;

namespace Agent.Rpc;

// Exposed to the operations console over a named pipe with JsonRpc.Attach(stream, new HostTools()).
public class HostTools
{
    private static readonly Regex LogName = new("^[a-z0-9._-]{1,64}$", RegexOptions.Compiled);

    [JsonRpcMethod("tail")]
    public async Task<string> TailAsync(string logName, int lines)
    {
        if (!LogName.IsMatch(logName) || logName.Contains("..") || lines is < 1 or > 5000)
            throw new ArgumentException("bad log name or line count");
        var psi = new ProcessStartInfo("tail") { RedirectStandardOutput = true };
        psi.ArgumentList.Add("-n");
        psi.ArgumentList.Add(lines.ToString());
        psi.ArgumentList.Add("--");
        psi.ArgumentList.Add("/var/log/" + logName);
        using var proc = Process.Start(psi)!;
        var text = await proc.StandardOutput.ReadToEndAsync();
        await proc.WaitForExitAsync();
        return text;
    }

    [JsonRpcMethod("checkPort")]
    public async Task<string> CheckPortAsync(string host, int port)
    {
        if (Uri.CheckHostName(host) == UriHostNameType.Unknown || port is < 1 or > 65535)
            throw new ArgumentException("bad host or port");
        // MedallionShell passes each argument separately; no shell is involved.
        var result = await Command.Run("nc", "-zv", host, port.ToString()).Task;
        return result.StandardError + result.StandardOutput;
    }
}
