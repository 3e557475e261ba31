using System.IO;
using System.Runtime.Serialization;
using System.Threading.Tasks;
using System.Xml;
using EasyNetQ;

namespace Legacy.Bridge;

[DataContract]
public class WorkItem
{
    [DataMember] public string Id { get; set; } = "";
    [DataMember] public string Kind { get; set; } = "";
}

public interface IWorkQueue
{
    Task EnqueueAsync(WorkItem item);
}

// The old scheduler now sends plain DataContract XML for the one type it produces.
public class LegacyBridge
{
    private static readonly DataContractSerializer Serializer = new(typeof(WorkItem));
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
            using var reader = XmlDictionaryReader.CreateTextReader(stream, new XmlDictionaryReaderQuotas { MaxDepth = 8 });
            if (Serializer.ReadObject(reader) is WorkItem item)
                await _queue.EnqueueAsync(item);
        });
}
