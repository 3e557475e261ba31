using System.Text;
using Hangfire;
using Microsoft.Extensions.Logging;
using Oracle.ManagedDataAccess.Client;

namespace Billing.Jobs;

// Enqueued from the back-office "re-run statements" form with the values the clerk typed.
public sealed record StatementRun(string Region, string FromDate, string? AccountPrefix);

public sealed class StatementJob
{
    private readonly string _connectionString;
    private readonly ILogger<StatementJob> _log;

    public StatementJob(string connectionString, ILogger<StatementJob> log)
    {
        _connectionString = connectionString;
        _log = log;
    }

    private static string BuildQuery(StatementRun run)
    {
        var sb = new StringBuilder("SELECT account_no, SUM(amount) FROM ledger WHERE region = '");
        sb.Append(run.Region).Append("' AND posted >= TO_DATE('").Append(run.FromDate).Append("', 'YYYY-MM-DD')");
        if (!string.IsNullOrWhiteSpace(run.AccountPrefix))
        {
            sb.Append(" AND account_no LIKE '").Append(run.AccountPrefix).Append("%'");
        }
        sb.Append(" GROUP BY account_no");
        return sb.ToString();
    }

    [AutomaticRetry(Attempts = 1)]
    public async Task RunAsync(StatementRun run, CancellationToken ct)
    {
        await using var conn = new OracleConnection(_connectionString);
        await conn.OpenAsync(ct);
        await using var cmd = new OracleCommand(BuildQuery(run), conn); // expect: sql-injection
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var accounts = 0;
        while (await reader.ReadAsync(ct))
        {
            accounts++;
        }
        _log.LogInformation("Statements for {Region}: {Accounts} accounts", run.Region, accounts);
    }
}
