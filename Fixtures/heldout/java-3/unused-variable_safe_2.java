package com.mailer.queue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

public class OutboxFlusherFixed {

    private static final Logger LOG = Logger.getLogger("outbox");
    private final SmtpClient smtp;

    public OutboxFlusherFixed(SmtpClient smtp) {
        this.smtp = smtp;
    }

    public List<String> flush(List<OutgoingMail> outbox, Map<String, Integer> quotas) {
        long start = System.nanoTime();
        List<String> failures = new ArrayList<>();
        for (OutgoingMail mail : outbox) {
            if (!smtp.send(mail.to(), mail.subject(), mail.body())) {
                failures.add(mail.to());
            }
        }
        quotas.forEach((domain, limit) -> LOG.fine("quota checked"));
        LOG.info("flushed in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        return failures;
    }
}
