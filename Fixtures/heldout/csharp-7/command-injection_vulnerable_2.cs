using System.Diagnostics;
using System.Threading.Tasks;
using Medallion.Shell;
using StreamJsonRpc;

namespace Agent.Rpc;

// Exposed to the operations console over a named pipe with JsonRpc.Attach(stream, new HostTools()).
public class HostTools
{
    [JsonRpcMethod("tail")]
    public async Task<string> TailAsync(string logName, int lines)
    {
        var psi = new ProcessStartInfo("/bin/sh", "-c \"tail -n " + lines + " /var/log/" + logName + "\"") // expect: command-injection
        {
            RedirectStandardOutput = true,
        };
        using var proc = Process.Start(psi)!;
        var text = await proc.StandardOutput.ReadToEndAsync();
        await proc.WaitForExitAsync();
        return text;
    }

    [JsonRpcMethod("checkPort")]
    public async Task<string> CheckPortAsync(string host, string port)
    {
        var line = $"nc -zv {host} {port} 2>&1";
        var result = await Command.Run("sh", "-c", line).Task; // expect: command-injection
        return result.StandardOutput;
    }
}
