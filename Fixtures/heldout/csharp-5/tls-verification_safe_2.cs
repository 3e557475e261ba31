using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using FluentFTP;
using Microsoft.Extensions.Logging;
using MQTTnet;
using MQTTnet.Client;

namespace Factory.Gateway;

public sealed class LineConnections
{
    private readonly ILogger<LineConnections> _log;
    private readonly X509Certificate2 _plantCa;

    public LineConnections(ILogger<LineConnections> log, X509Certificate2 plantCa)
    {
        _log = log;
        _plantCa = plantCa;
    }

    public async Task<AsyncFtpClient> OpenRecipeFtpAsync(string host, string user, string password, CancellationToken ct)
    {
        var ftp = new AsyncFtpClient(host, user, password);
        ftp.Config.EncryptionMode = FtpEncryptionMode.Explicit;
        ftp.ValidateCertificate += (control, e) =>
        {
            e.Accept = e.PolicyErrors == SslPolicyErrors.None;
            if (!e.Accept)
            {
                _log.LogError("Recipe server certificate rejected: {Errors}", e.PolicyErrors);
            }
        };
        await ftp.Connect(ct);
        _log.LogInformation("Connected to recipe server {Host}", host);
        return ftp;
    }

    private bool IssuedByPlantCa(MqttClientCertificateValidationEventArgs args)
    {
        if (args.Certificate is null)
        {
            return false;
        }
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(_plantCa);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(new X509Certificate2(args.Certificate));
    }

    public async Task<IMqttClient> OpenTelemetryAsync(string broker, CancellationToken ct)
    {
        var client = new MqttFactory().CreateMqttClient();
        var options = new MqttClientOptionsBuilder()
            .WithTcpServer(broker, 8883)
            .WithTlsOptions(o => o
                .UseTls()
                .WithCertificateValidationHandler(IssuedByPlantCa))
            .Build();
        await client.ConnectAsync(options, ct);
        return client;
    }
}
