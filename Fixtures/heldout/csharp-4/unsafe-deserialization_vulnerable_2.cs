using System.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;

namespace Scada.Gateway;

// Windows service that accepts command envelopes from the plant network.
public sealed class CommandListener : BackgroundService
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        TypeNameHandling = TypeNameHandling.All, // expect: unsafe-deserialization
        DateTimeZoneHandling = DateTimeZoneHandling.Utc,
    };

    private readonly ILogger<CommandListener> _log;
    private readonly ICommandBus _bus;

    public CommandListener(ILogger<CommandListener> log, ICommandBus bus)
    {
        _log = log;
        _bus = bus;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var listener = new HttpListener();
        listener.Prefixes.Add("http://+:8095/commands/");
        listener.Start();
        while (!stoppingToken.IsCancellationRequested)
        {
            var ctx = await listener.GetContextAsync();
            using var reader = new StreamReader(ctx.Request.InputStream);
            var body = await reader.ReadToEndAsync(stoppingToken);
            var envelope = JsonConvert.DeserializeObject<CommandEnvelope>(body, Settings);
            if (envelope?.Command is not null)
            {
                _log.LogInformation("command {Type} from {Remote}", envelope.Command.GetType().Name, ctx.Request.RemoteEndPoint);
                await _bus.DispatchAsync(envelope.Command, stoppingToken);
            }
            ctx.Response.StatusCode = 202;
            ctx.Response.Close();
        }
    }
}

public sealed class CommandEnvelope
{
    public string Station { get; set; } = "";
    public object? Command { get; set; }
}
