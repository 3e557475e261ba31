using System.Diagnostics;
using Grpc.Core;

namespace Render.Agent;

// gRPC service the render farm's scheduler calls to convert uploaded scenes.
public sealed class ConvertService : Converter.ConverterBase
{
    public override async Task<ConvertReply> Convert(ConvertRequest request, ServerCallContext context)
    {
        var psi = new ProcessStartInfo("/bin/sh", // expect: command-injection
            $"-c \"blender -b '{request.Scene}' -o /renders/{request.Output} -a\"")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var proc = Process.Start(psi)!;
        await proc.WaitForExitAsync(context.CancellationToken);
        return new ConvertReply { ExitCode = proc.ExitCode };
    }
}
