using System.IO;
using System.Runtime.Serialization;
using System.Threading.Tasks;
using EasyNetQ;

namespace Legacy.Bridge;

public class WorkItem
{
    public string Id { get; set; } = "";
    public string Kind { get; set; } = "";
}

public interface IWorkQueue
{
    Task EnqueueAsync(WorkItem item);
}

// Carries work items from the old .NET Framework scheduler, which still sends NetDataContract payloads.
public class LegacyBridge
{
    private readonly IBus _bus;
    private readonly IWorkQueue _queue;

    public LegacyBridge(IBus bus, IWorkQueue queue)
    {
        _bus = bus;
        _queue = queue;
    }

    public Task StartAsync() =>
        _bus.SendReceive.ReceiveAsync<byte[]>("legacy.work", async payload =>
        {
            using var stream = new MemoryStream(payload);
            var serializer = new NetDataContractSerializer();
            var item = (WorkItem)serializer.ReadObject(stream); // expect: unsafe-deserialization
            await _queue.EnqueueAsync(item);
        });
}
