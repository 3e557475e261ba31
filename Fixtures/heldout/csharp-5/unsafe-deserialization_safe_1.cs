using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MQTTnet;
using MQTTnet.Client;

namespace Plant.Telemetry;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(SetPointCommand), "setpoint")]
[JsonDerivedType(typeof(RestartCommand), "restart")]
public abstract class DeviceCommand
{
    public string DeviceId { get; set; } = "";
}

public sealed class SetPointCommand : DeviceCommand
{
    public double Value { get; set; }
}

public sealed class RestartCommand : DeviceCommand
{
}

public sealed class CommandListener : BackgroundService
{
    private static readonly JsonSerializerOptions Options = new()
    {
        MaxDepth = 8,
        PropertyNameCaseInsensitive = true,
    };

    private readonly IMqttClient _client;
    private readonly ICommandDispatcher _dispatcher;
    private readonly ILogger<CommandListener> _log;

    public CommandListener(IMqttClient client, ICommandDispatcher dispatcher, ILogger<CommandListener> log)
    {
        _client = client;
        _dispatcher = dispatcher;
        _log = log;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _client.ApplicationMessageReceivedAsync += OnMessageAsync;
        var options = new MqttClientOptionsBuilder().WithTcpServer("broker.plant.local", 1883).Build();
        await _client.ConnectAsync(options, stoppingToken);
        await _client.SubscribeAsync("plant/+/commands", cancellationToken: stoppingToken);
        await Task.Delay(Timeout.Infinite, stoppingToken);
    }

    private Task OnMessageAsync(MqttApplicationMessageReceivedEventArgs e)
    {
        DeviceCommand? command;
        try
        {
            command = JsonSerializer.Deserialize<DeviceCommand>(e.ApplicationMessage.PayloadSegment, Options);
        }
        catch (JsonException ex)
        {
            _log.LogWarning(ex, "Malformed command on {Topic}", e.ApplicationMessage.Topic);
            return Task.CompletedTask;
        }
        if (command is null)
        {
            _log.LogWarning("Empty command on {Topic}", e.ApplicationMessage.Topic);
            return Task.CompletedTask;
        }
        return _dispatcher.DispatchAsync(command);
    }
}
