using System;
using System.Threading.Channels;
using System.Threading.Tasks;
using NetMQ;
using NetMQ.Sockets;

namespace Telemetry.Relay
{
    public sealed class SampleRelay : IDisposable
    {
        private readonly SubscriberSocket _sub = new SubscriberSocket();
        private readonly NetMQPoller _poller;
        private readonly Channel<string> _frames = Channel.CreateBounded<string>(1024);
        private readonly ISampleSink _sink;

        public SampleRelay(string endpoint, ISampleSink sink)
        {
            _sink = sink;
            _sub.Connect(endpoint);
            _sub.Subscribe("sensor");
            _sub.ReceiveReady += (s, e) => _frames.Writer.TryWrite(e.Socket.ReceiveFrameString());
            _poller = new NetMQPoller { _sub };
            _poller.RunAsync();
        }

        public async Task PumpAsync()
        {
            await foreach (var frame in _frames.Reader.ReadAllAsync())
            {
                await _sink.WriteAsync(frame, DateTimeOffset.UtcNow);
            }
        }

        public void Dispose()
        {
            _frames.Writer.TryComplete();
            _poller.Dispose();
            _sub.Dispose();
        }
    }

    public interface ISampleSink
    {
        Task WriteAsync(string frame, DateTimeOffset at);
    }
}
