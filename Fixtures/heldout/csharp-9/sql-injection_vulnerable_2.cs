using System.Data;
using System.Linq;
using System.Text;
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
    private readonly string _connectionString;

    public OverdueReminderJob(string connectionString) => _connectionString = connectionString;

    private static string BuildQuery(JobDataMap data)
    {
        var sb = new StringBuilder("SELECT Id, Customer, Amount FROM Invoices WHERE PaidAt IS NULL");
        var region = data.GetString("region");
        if (!string.IsNullOrEmpty(region))
        {
            sb.Append(" AND Region = '").Append(region).Append('\'');
        }
        sb.AppendFormat(" AND DueDate < DATEADD(day, -{0}, GETDATE())", data.GetString("graceDays"));
        return sb.ToString();
    }

    public async Task Execute(IJobExecutionContext context)
    {
        using IDbConnection conn = new SqlConnection(_connectionString);
        var overdue = await conn.ExecuteQueryAsync<Invoice>(BuildQuery(context.MergedJobDataMap)); // expect: sql-injection
        context.Result = overdue.Sum(i => i.Amount);
    }
}
