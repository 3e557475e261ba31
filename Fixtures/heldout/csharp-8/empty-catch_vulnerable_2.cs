using System;
using System.Threading.Tasks;
using MediatR;

namespace Billing.Handlers
{
    public record InvoicePaid(Guid InvoiceId, decimal Amount) : INotification;

    public class SendReceiptHandler : INotificationHandler<InvoicePaid>
    {
        private readonly IReceiptMailer _mailer;
        private readonly ILedger _ledger;

        public SendReceiptHandler(IReceiptMailer mailer, ILedger ledger)
        {
            _mailer = mailer;
            _ledger = ledger;
        }

        public async Task Handle(InvoicePaid notification, System.Threading.CancellationToken cancellationToken)
        {
            await _ledger.RecordAsync(notification.InvoiceId, notification.Amount);
            try
            {
                await _mailer.SendAsync(notification.InvoiceId);
            }
            catch // expect: empty-catch
            {
                // receipts are best effort
            }
        }
    }

    public interface IReceiptMailer { Task SendAsync(Guid invoiceId); }
    public interface ILedger { Task RecordAsync(Guid invoiceId, decimal amount); }
}
