using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MQTTnet;
using MQTTnet.Client;
using Newtonsoft.Json;

namespace Plant.Telemetry;

public abstract class DeviceCommand
{
    public string DeviceId { get; set; } = "";
}

public sealed class CommandListener : BackgroundService
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        TypeNameHandling = TypeNameHandling.Auto, // expect: unsafe-deserialization
        MissingMemberHandling = MissingMemberHandling.Ignore,
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
        var json = Encoding.UTF8.GetString(e.ApplicationMessage.PayloadSegment);
        var command = JsonConvert.DeserializeObject<DeviceCommand>(json, Settings);
        if (command is null)
        {
            _log.LogWarning("Empty command on {Topic}", e.ApplicationMessage.Topic);
            return Task.CompletedTask;
        }
        return _dispatcher.DispatchAsync(command);
    }
}
