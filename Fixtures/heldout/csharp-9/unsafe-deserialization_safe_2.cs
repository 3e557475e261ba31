using System.Text;
using Newtonsoft.Json;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Automation.Worker;

public class StepMessage
{
    public string Kind { get; set; } = "";
    public string Target { get; set; } = "";
}

public class StepConsumer
{
    private static readonly JsonSerializerSettings Settings = new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.None,
        NullValueHandling = NullValueHandling.Ignore,
    };

    private readonly IModel _channel;
    private readonly StepRunner _runner;

    public StepConsumer(IModel channel, StepRunner runner)
    {
        _channel = channel;
        _runner = runner;
    }

    public void Start()
    {
        var consumer = new EventingBasicConsumer(_channel);
        consumer.Received += (sender, ea) =>
        {
            var json = Encoding.UTF8.GetString(ea.Body.ToArray());
            var step = JsonConvert.DeserializeObject<StepMessage>(json, Settings);
            if (step is not null)
            {
                _runner.Run(step.Kind, step.Target);
            }
            _channel.BasicAck(ea.DeliveryTag, multiple: false);
        };
        _channel.BasicConsume("workflow-steps", autoAck: false, consumer);
    }
}

public class StepRunner
{
    public void Run(string kind, string target) => System.Console.WriteLine($"{kind} -> {target}");
}
