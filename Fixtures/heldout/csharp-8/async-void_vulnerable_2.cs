using System;
using System.Threading.Tasks;
using NetMQ;
using NetMQ.Sockets;

namespace Telemetry.Relay
{
    public sealed class SampleRelay : IDisposable
    {
        private readonly SubscriberSocket _sub = new SubscriberSocket();
        private readonly NetMQPoller _poller;
        private readonly ISampleSink _sink;

        public SampleRelay(string endpoint, ISampleSink sink)
        {
            _sink = sink;
            _sub.Connect(endpoint);
            _sub.Subscribe("sensor");
            _sub.ReceiveReady += (s, e) => Forward(e.Socket.ReceiveFrameString());
            _poller = new NetMQPoller { _sub };
            _poller.RunAsync();
        }

        private async void Forward(string frame) // expect: async-void
        {
            await _sink.WriteAsync(frame, DateTimeOffset.UtcNow);
        }

        public void Dispose()
        {
            _poller.Dispose();
            _sub.Dispose();
        }
    }

    public interface ISampleSink
    {
        Task WriteAsync(string frame, DateTimeOffset at);
    }
}
