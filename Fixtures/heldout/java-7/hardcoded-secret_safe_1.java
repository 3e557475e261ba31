import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;

// Jakarta Mail alerting used by the Quartz health checks; credentials come from the environment.
class AlertMailer {
    private static final String SMTP_USER = "alerts@ops.example.com";
    private static final String SMTP_PASSWORD_ENV = "ALERT_SMTP_PASSWORD";

    private final Session session;

    AlertMailer() {
        String password = System.getenv(SMTP_PASSWORD_ENV);
        if (password == null || password.isEmpty()) {
            throw new IllegalStateException(SMTP_PASSWORD_ENV + " is not set");
        }
        Properties props = new Properties();
        props.put("mail.smtp.host", "smtp.example.com");
        props.put("mail.smtp.port", "587");
        props.put("mail.smtp.auth", "true");
        props.put("mail.smtp.starttls.required", "true");
        session = Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(SMTP_USER, password);
            }
        });
    }

    void send(String to, String subject, String text) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(SMTP_USER));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        message.setSubject(subject);
        message.setText(text);
        Transport.send(message);
    }
}
