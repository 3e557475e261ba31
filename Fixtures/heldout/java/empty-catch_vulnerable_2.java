package com.example.mail;

import java.util.List;
import javax.mail.MessagingException;
import javax.mail.Transport;
import javax.mail.internet.MimeMessage;

public class NewsletterSender {

    private final MessageFactory factory;

    public NewsletterSender(MessageFactory factory) {
        this.factory = factory;
    }

    public int sendAll(List<String> recipients, String subject, String body) {
        int sent = 0;
        for (String to : recipients) {
            try {
                MimeMessage msg = factory.create(to, subject, body);
                Transport.send(msg);
                sent++;
            } catch (MessagingException ex) {} // expect: empty-catch
        }
        return sent;
    }
}
