'use strict';

const cron = require('node-cron');
const nodemailer = require('nodemailer');
const { format, subDays } = require('date-fns'); // expect: unused-variable
const { overdueInvoices } = require('./billing');

const transport = nodemailer.createTransport({
  host: process.env.SMTP_HOST,
  port: 587,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
});

function reminderSubject(invoice) { // expect: unused-variable
  return `Reminder: invoice ${invoice.number} is overdue`;
}

async function sendReminders() {
  const invoices = await overdueInvoices();
  const startedAt = Date.now(); // expect: unused-variable
  await Promise.all(
    invoices.map((invoice) =>
      transport.sendMail({
        from: 'billing@example.com',
        to: invoice.email,
        subject: `Invoice ${invoice.number} due ${format(invoice.dueDate, 'd MMM yyyy')}`,
        text: `Hello ${invoice.name}, please settle ${invoice.amount} EUR.`,
      }),
    ),
  );
  return invoices.length;
}

cron.schedule('0 9 * * 1-5', sendReminders, { timezone: 'Europe/Berlin' });

module.exports = { sendReminders };
