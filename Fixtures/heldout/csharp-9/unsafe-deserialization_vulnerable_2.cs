using System.Text;
using Newtonsoft.Json;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Automation.Worker;

public interface IWorkflowStep
{
    void Run();
}

public class StepConsumer
{
    private static readonly JsonSerializerSettings Settings = new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.Objects, // expect: unsafe-deserialization
        NullValueHandling = NullValueHandling.Ignore,
    };

    private readonly IModel _channel;

    public StepConsumer(IModel channel) => _channel = channel;

    public void Start()
    {
        var consumer = new EventingBasicConsumer(_channel);
        consumer.Received += (sender, ea) =>
        {
            var json = Encoding.UTF8.GetString(ea.Body.ToArray());
            var step = JsonConvert.DeserializeObject<IWorkflowStep>(json, Settings);
            step?.Run();
            _channel.BasicAck(ea.DeliveryTag, multiple: false);
        };
        _channel.BasicConsume("workflow-steps", autoAck: false, consumer);
    }
}
