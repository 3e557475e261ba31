using System;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using PetaPoco;

namespace Billing.Handlers;

public record InvoiceReminderRequested(string CustomerNumber, string Currency, int DaysOverdue);

public class Invoice
{
    public long Id { get; set; }
    public string CustomerNumber { get; set; } = "";
    public decimal Amount { get; set; }
    public DateTime DueDate { get; set; }
}

// Discovered by Wolverine by convention: a public Handle method on a *Handler class.
public class InvoiceReminderHandler
{
    private readonly IDatabase _db;
    private readonly ILogger<InvoiceReminderHandler> _logger;

    public InvoiceReminderHandler(IDatabase db, ILogger<InvoiceReminderHandler> logger)
    {
        _db = db;
        _logger = logger;
    }

    public async Task Handle(InvoiceReminderRequested message)
    {
        var sql = "SELECT * FROM Invoices WHERE CustomerNumber = '" + message.CustomerNumber + "'" +
                  $" AND Currency = '{message.Currency}'" +
                  " AND DueDate < DATEADD(day, -" + message.DaysOverdue + ", GETDATE())";
        var overdue = await _db.FetchAsync<Invoice>(sql); // expect: sql-injection
        _logger.LogInformation("{Count} overdue invoices for {Customer}", overdue.Count, message.CustomerNumber);
    }
}
