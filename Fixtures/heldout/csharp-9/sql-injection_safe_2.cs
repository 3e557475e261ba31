using System.Data;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Data.SqlClient;
using Quartz;
using RepoDb;

namespace Billing.Jobs;

public class Invoice
{
    public int Id { get; set; }
    public string Customer { get; set; } = "";
    public decimal Amount { get; set; }
}

public class OverdueReminderJob : IJob
{
    private const string OverdueSql =
        "SELECT Id, Customer, Amount FROM Invoices WHERE PaidAt IS NULL " +
        "AND (@Region IS NULL OR Region = @Region) AND DueDate < DATEADD(day, -@GraceDays, GETDATE())";

    private readonly string _connectionString;

    public OverdueReminderJob(string connectionString) => _connectionString = connectionString;

    public async Task Execute(IJobExecutionContext context)
    {
        var data = context.MergedJobDataMap;
        var args = new
        {
            Region = data.GetString("region"),
            GraceDays = data.GetInt("graceDays"),
        };
        using IDbConnection conn = new SqlConnection(_connectionString);
        var overdue = await conn.ExecuteQueryAsync<Invoice>(OverdueSql, args);
        context.Result = overdue.Sum(i => i.Amount);
    }
}
