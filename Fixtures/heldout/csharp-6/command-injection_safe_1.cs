using System;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using CliWrap;
using CliWrap.Buffered;
using Microsoft.Extensions.Logging;
using NServiceBus;

namespace Ci.Agent.Handlers;

public record MirrorRepository(string RepoUrl, string Branch, string Target) : ICommand;

public class MirrorRepositoryHandler : IHandleMessages<MirrorRepository>
{
    private static readonly Regex Name = new("^[A-Za-z0-9._/-]{1,100}$");
    private readonly ILogger<MirrorRepositoryHandler> _log;

    public MirrorRepositoryHandler(ILogger<MirrorRepositoryHandler> log)
    {
        _log = log;
    }

    public async Task Handle(MirrorRepository message, IMessageHandlerContext context)
    {
        if (!Uri.TryCreate(message.RepoUrl, UriKind.Absolute, out var repo) || repo.Scheme != Uri.UriSchemeHttps
            || !Name.IsMatch(message.Branch) || !Name.IsMatch(message.Target) || message.Target.Contains(".."))
        {
            _log.LogWarning("rejected mirror request for {Target}", message.Target);
            return;
        }
        var result = await Cli.Wrap("git")
            .WithArguments(new[] { "clone", "--mirror", "--branch", message.Branch, "--", repo.AbsoluteUri, "/srv/mirrors/" + message.Target })
            .WithValidation(CommandResultValidation.None)
            .ExecuteBufferedAsync(context.CancellationToken);
        _log.LogInformation("mirror of {Target} exited with {Code}", message.Target, result.ExitCode);
    }
}
