using System.Net.Security;
using System.Net.Sockets;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Hosting;
using MimeKit;

namespace Plant.Reporter;

// Windows service: reads line counters from the PLC gateway and mails a shift report.
public sealed class ShiftReporter : BackgroundService
{
    private const string GatewayHost = "plc-gw.plant.local";

    private static async Task<string> ReadCountersAsync(CancellationToken ct)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(GatewayHost, 8443, ct);
        await using var ssl = new SslStream(tcp.GetStream(), false, (sender, cert, chain, errors) => true); // expect: tls-verification
        await ssl.AuthenticateAsClientAsync(GatewayHost);
        using var reader = new StreamReader(ssl);
        return await reader.ReadLineAsync(ct) ?? "";
    }

    private static async Task MailAsync(string body, CancellationToken ct)
    {
        using var smtp = new SmtpClient();
        smtp.ServerCertificateValidationCallback = (s, c, h, e) => true; // expect: tls-verification
        await smtp.ConnectAsync("mail.plant.local", 587, SecureSocketOptions.StartTls, ct);
        var msg = new MimeMessage();
        msg.From.Add(MailboxAddress.Parse("reporter@plant.local"));
        msg.To.Add(MailboxAddress.Parse("shift-leads@plant.local"));
        msg.Subject = $"Shift report {DateTime.Now:yyyy-MM-dd HH:mm}";
        msg.Body = new TextPart("plain") { Text = body };
        await smtp.SendAsync(msg, ct);
        await smtp.DisconnectAsync(true, ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(8));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var counters = await ReadCountersAsync(stoppingToken);
            await MailAsync(counters, stoppingToken);
        }
    }
}
