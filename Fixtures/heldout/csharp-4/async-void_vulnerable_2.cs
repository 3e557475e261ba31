using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace Billing.Services;

public sealed class InvoiceService : Invoices.InvoicesBase
{
    private readonly IInvoiceRepository _repo;
    private readonly IAuditLog _audit;
    private readonly ILogger<InvoiceService> _log;

    public InvoiceService(IInvoiceRepository repo, IAuditLog audit, ILogger<InvoiceService> log)
    {
        _repo = repo;
        _audit = audit;
        _log = log;
    }

    public override async Task<InvoiceReply> Issue(IssueRequest request, ServerCallContext context)
    {
        var invoice = await _repo.CreateAsync(request.CustomerId, request.Lines, context.CancellationToken);
        RecordAudit(context.GetHttpContext().User.Identity?.Name ?? "anonymous", invoice.Number);
        return new InvoiceReply { Number = invoice.Number, Total = (double)invoice.Total };
    }

    private async void RecordAudit(string user, string number) // expect: async-void
    {
        await _audit.WriteAsync($"{user} issued invoice {number}");
        _log.LogDebug("audit written for {Number}", number);
    }
}
