using System.Threading.Tasks;
using CliWrap;
using CliWrap.Buffered;
using Microsoft.Extensions.Logging;
using NServiceBus;

namespace Ci.Agent.Handlers;

public record MirrorRepository(string RepoUrl, string Branch, string Target) : ICommand;

public class MirrorRepositoryHandler : IHandleMessages<MirrorRepository>
{
    private readonly ILogger<MirrorRepositoryHandler> _log;

    public MirrorRepositoryHandler(ILogger<MirrorRepositoryHandler> log)
    {
        _log = log;
    }

    public async Task Handle(MirrorRepository message, IMessageHandlerContext context)
    {
        var script = $"git clone --mirror --branch {message.Branch} {message.RepoUrl} /srv/mirrors/{message.Target}";
        var result = await Cli.Wrap("/bin/bash").WithArguments($"-c \"{script}\"").WithValidation(CommandResultValidation.None).ExecuteBufferedAsync(context.CancellationToken); // expect: command-injection
        _log.LogInformation("mirror of {Target} exited with {Code}", message.Target, result.ExitCode);
    }
}
