package club.notify;

import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import javax.crypto.SecretKey;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSenderImpl;

public class NotifyConfig {
    private static final SecretKey LINK_KEY =
            Keys.hmacShaKeyFor(System.getenv("LINK_SIGNING_KEY").getBytes(StandardCharsets.UTF_8));

    @Bean
    public JavaMailSenderImpl mail() {
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost("smtp.mailgun.org");
        mail.setUsername("postmaster@club.example");
        mail.setPassword(System.getenv("SMTP_PASSWORD"));
        return mail;
    }
}
