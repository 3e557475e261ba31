using System;
using System.Threading.Tasks;
using MediatR;
using Microsoft.Extensions.Logging;

namespace Billing.Handlers
{
    public record InvoicePaid(Guid InvoiceId, decimal Amount) : INotification;

    public class SendReceiptHandler : INotificationHandler<InvoicePaid>
    {
        private readonly IReceiptMailer _mailer;
        private readonly ILedger _ledger;
        private readonly ILogger<SendReceiptHandler> _log;

        public SendReceiptHandler(IReceiptMailer mailer, ILedger ledger, ILogger<SendReceiptHandler> log)
        {
            _mailer = mailer;
            _ledger = ledger;
            _log = log;
        }

        public async Task Handle(InvoicePaid notification, System.Threading.CancellationToken cancellationToken)
        {
            await _ledger.RecordAsync(notification.InvoiceId, notification.Amount);
            try
            {
                await _mailer.SendAsync(notification.InvoiceId);
            }
            catch (Exception ex)
            {
                _log.LogWarning(ex, "Receipt for {Invoice} not sent; it will be retried", notification.InvoiceId);
            }
        }
    }

    public interface IReceiptMailer { Task SendAsync(Guid invoiceId); }
    public interface ILedger { Task RecordAsync(Guid invoiceId, decimal amount); }
}
