using System.Security.Cryptography;
using Hangfire;
using Microsoft.Extensions.Options;

namespace Payroll.Jobs;

public sealed class BankExportOptions
{
    public string OutboxDir { get; set; } = "/srv/bank/outbox";
    public string KeyBase64 { get; set; } = "";
}

// The bank's new gateway takes AES-256-GCM files (the DES gateway was retired in 2025).
public sealed class BankExportJob
{
    private readonly IPayrollRepository _payroll;
    private readonly BankExportOptions _options;

    public BankExportJob(IPayrollRepository payroll, IOptions<BankExportOptions> options)
    {
        _payroll = payroll;
        _options = options.Value;
    }

    [Queue("exports")]
    public async Task ExportAsync(DateOnly payday, CancellationToken ct)
    {
        var csv = await _payroll.BuildTransferFileAsync(payday, ct);
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        var cipher = new byte[csv.Length];
        using (var aes = new AesGcm(Convert.FromBase64String(_options.KeyBase64), tag.Length))
        {
            aes.Encrypt(nonce, csv, cipher, tag);
        }
        var path = Path.Combine(_options.OutboxDir, $"salaries-{payday:yyyyMMdd}.enc");
        await using var file = File.Create(path);
        await file.WriteAsync(nonce, ct);
        await file.WriteAsync(tag, ct);
        await file.WriteAsync(cipher, ct);
    }
}
