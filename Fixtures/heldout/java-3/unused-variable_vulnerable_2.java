package com.mailer.queue;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

public class OutboxFlusher {

    private static final Logger LOG = Logger.getLogger("outbox");
    private final SmtpClient smtp;

    public OutboxFlusher(SmtpClient smtp) {
        this.smtp = smtp;
    }

    public int flush(List<OutgoingMail> outbox) {
        long start = System.nanoTime(); // expect: unused-variable
        List<String> failures = new ArrayList<>(); // expect: unused-variable
        int sent = 0;
        for (OutgoingMail mail : outbox) {
            if (smtp.send(mail.to(), mail.subject(), mail.body())) {
                sent++;
            } else {
                LOG.warning("could not deliver to " + mail.to());
            }
        }
        return sent;
    }
}
