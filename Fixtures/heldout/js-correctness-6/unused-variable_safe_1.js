'use strict';

const cron = require('node-cron');
const nodemailer = require('nodemailer');
const { format, differenceInDays } = require('date-fns');
const { overdueInvoices } = require('./billing');

const transport = nodemailer.createTransport({
  host: process.env.SMTP_HOST,
  port: 587,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
});

function reminderSubject(invoice) {
  return `Reminder: invoice ${invoice.number} is ${differenceInDays(new Date(), invoice.dueDate)} days overdue`;
}

async function sendReminders() {
  const invoices = await overdueInvoices();
  const startedAt = Date.now();
  await Promise.all(
    invoices.map((invoice) =>
      transport.sendMail({
        from: 'billing@example.com',
        to: invoice.email,
        subject: reminderSubject(invoice),
        text: `Hello ${invoice.name}, please settle ${invoice.amount} EUR (due ${format(invoice.dueDate, 'd MMM yyyy')}).`,
      }),
    ),
  );
  return { sent: invoices.length, ms: Date.now() - startedAt };
}

cron.schedule('0 9 * * 1-5', sendReminders, { timezone: 'Europe/Berlin' });

module.exports = { sendReminders };
