using System.Security.Cryptography;
using Hangfire;
using Microsoft.Extensions.Options;

namespace Payroll.Jobs;

public sealed class BankExportOptions
{
    public string OutboxDir { get; set; } = "/srv/bank/outbox";
    public string KeyBase64 { get; set; } = "";
}

// The bank's legacy upload gateway still expects single-DES CBC files.
public sealed class BankExportJob
{
    private readonly IPayrollRepository _payroll;
    private readonly BankExportOptions _options;

    public BankExportJob(IPayrollRepository payroll, IOptions<BankExportOptions> options)
    {
        _payroll = payroll;
        _options = options.Value;
    }

    private ICryptoTransform Encryptor(byte[] iv)
    {
        var des = DES.Create(); // expect: weak-cipher
        des.Key = Convert.FromBase64String(_options.KeyBase64);
        des.IV = iv;
        return des.CreateEncryptor();
    }

    [Queue("exports")]
    public async Task ExportAsync(DateOnly payday, CancellationToken ct)
    {
        var csv = await _payroll.BuildTransferFileAsync(payday, ct);
        var iv = RandomNumberGenerator.GetBytes(8);
        using var transform = Encryptor(iv);
        var path = Path.Combine(_options.OutboxDir, $"salaries-{payday:yyyyMMdd}.enc");
        await using var file = File.Create(path);
        await file.WriteAsync(iv, ct);
        await using var crypto = new CryptoStream(file, transform, CryptoStreamMode.Write);
        await crypto.WriteAsync(csv, ct);
    }
}
