using System.Globalization;
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

    private static OracleCommand BuildCommand(StatementRun run, OracleConnection conn)
    {
        var from = DateTime.ParseExact(run.FromDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var sb = new StringBuilder("SELECT account_no, SUM(amount) FROM ledger WHERE region = :region AND posted >= :fromDate");
        var cmd = new OracleCommand { Connection = conn, BindByName = true };
        cmd.Parameters.Add("region", OracleDbType.Varchar2).Value = run.Region;
        cmd.Parameters.Add("fromDate", OracleDbType.Date).Value = from;
        if (!string.IsNullOrWhiteSpace(run.AccountPrefix))
        {
            sb.Append(" AND account_no LIKE :prefix || '%'");
            cmd.Parameters.Add("prefix", OracleDbType.Varchar2).Value = run.AccountPrefix;
        }
        sb.Append(" GROUP BY account_no");
        cmd.CommandText = sb.ToString();
        return cmd;
    }

    [AutomaticRetry(Attempts = 1)]
    public async Task RunAsync(StatementRun run, CancellationToken ct)
    {
        await using var conn = new OracleConnection(_connectionString);
        await conn.OpenAsync(ct);
        await using var cmd = BuildCommand(run, conn);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var accounts = 0;
        while (await reader.ReadAsync(ct))
        {
            accounts++;
        }
        _log.LogInformation("Statements for {Region}: {Accounts} accounts", run.Region, accounts);
    }
}
