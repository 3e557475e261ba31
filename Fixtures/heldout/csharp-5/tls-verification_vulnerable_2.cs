using FluentFTP;
using Microsoft.Extensions.Logging;
using MQTTnet;
using MQTTnet.Client;

namespace Factory.Gateway;

public sealed class LineConnections
{
    private readonly ILogger<LineConnections> _log;

    public LineConnections(ILogger<LineConnections> log) => _log = log;

    public async Task<AsyncFtpClient> OpenRecipeFtpAsync(string host, string user, string password, CancellationToken ct)
    {
        var ftp = new AsyncFtpClient(host, user, password);
        ftp.Config.EncryptionMode = FtpEncryptionMode.Explicit;
        ftp.ValidateCertificate += (control, e) => e.Accept = true; // expect: tls-verification
        await ftp.Connect(ct);
        _log.LogInformation("Connected to recipe server {Host}", host);
        return ftp;
    }

    public async Task<IMqttClient> OpenTelemetryAsync(string broker, CancellationToken ct)
    {
        var client = new MqttFactory().CreateMqttClient();
        var options = new MqttClientOptionsBuilder()
            .WithTcpServer(broker, 8883)
            .WithTlsOptions(o => o
                .UseTls()
                .WithCertificateValidationHandler(_ => true)) // expect: tls-verification
            .Build();
        await client.ConnectAsync(options, ct);
        return client;
    }
}
