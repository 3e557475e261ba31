using System;
using System.Collections.Generic;
using System.Data.SqlClient;
using Microsoft.Extensions.Logging;

namespace Billing.Jobs
{
    public class InvoiceReminderJob
    {
        private readonly IInvoiceRepository _invoices;
        private readonly IMailer _mailer;
        private readonly ILogger<InvoiceReminderJob> _log;

        public InvoiceReminderJob(IInvoiceRepository invoices, IMailer mailer, ILogger<InvoiceReminderJob> log)
        {
            _invoices = invoices;
            _mailer = mailer;
            _log = log;
        }

        public int Run(DateTime today)
        {
            int sent = 0;
            IEnumerable<Invoice> overdue = _invoices.OverdueOn(today);
            foreach (var invoice in overdue)
            {
                try
                {
                    _mailer.SendReminder(invoice.CustomerEmail, invoice.Number, invoice.Amount);
                    _invoices.MarkReminded(invoice.Id, today);
                    sent++;
                }
                catch (SqlException) // expect: empty-catch
                {
                }
            }
            _log.LogInformation("sent {Count} reminders", sent);
            return sent;
        }
    }
}
