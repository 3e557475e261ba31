using System;
using System.Threading;
using Confluent.Kafka;

namespace Telemetry.Ingest;

public sealed class ReadingsConsumer : IDisposable
{
    private readonly IConsumer<string, byte[]> _consumer;

    public ReadingsConsumer(string brokers, string password)
    {
        var config = new ConsumerConfig
        {
            BootstrapServers = brokers,
            GroupId = "readings-ingest",
            SecurityProtocol = SecurityProtocol.SaslSsl,
            SaslMechanism = SaslMechanism.ScramSha512,
            SaslUsername = "ingest",
            SaslPassword = password,
            SslCaLocation = "/etc/kafka/ca.pem",
            EnableSslCertificateVerification = true,
            SslEndpointIdentificationAlgorithm = SslEndpointIdentificationAlgorithm.Https,
            AutoOffsetReset = AutoOffsetReset.Earliest,
        };
        _consumer = new ConsumerBuilder<string, byte[]>(config).Build();
    }

    public ConsumeResult<string, byte[]> Next(CancellationToken ct) => _consumer.Consume(ct);

    public void Dispose()
    {
        _consumer.Close();
        _consumer.Dispose();
    }
}
