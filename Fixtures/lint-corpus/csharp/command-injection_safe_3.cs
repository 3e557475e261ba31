using System.Diagnostics;
using Grpc.Core;

namespace Render.Agent;

// The same service passing each value as its own argument: no shell reads them.
public sealed class ConvertService : Converter.ConverterBase
{
    public override async Task<ConvertReply> Convert(ConvertRequest request, ServerCallContext context)
    {
        var psi = new ProcessStartInfo("blender") { UseShellExecute = false };
        psi.ArgumentList.Add("-b");
        psi.ArgumentList.Add(request.Scene);
        psi.ArgumentList.Add("-a");
        using var proc = Process.Start(psi)!;
        await proc.WaitForExitAsync(context.CancellationToken);
        return new ConvertReply { ExitCode = proc.ExitCode };
    }
}
