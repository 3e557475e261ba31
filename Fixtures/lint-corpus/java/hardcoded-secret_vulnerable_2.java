package club.notify;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import javax.crypto.SecretKey;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSenderImpl;

public class NotifyConfig {
    private static final SecretKey LINK_KEY =
            Keys.hmacShaKeyFor("Vq7uXe2Lr9Pk4Ws1Hb6Nz3Mc8Jf5Gt0Yd-links".getBytes(StandardCharsets.UTF_8)); // expect: hardcoded-secret

    public static String unsubscribeLink(String member) {
        return Jwts.builder().subject(member).signWith(LINK_KEY).compact();
    }

    @Bean
    public JavaMailSenderImpl mail() {
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost("smtp.mailgun.org");
        mail.setUsername("postmaster@club.example");
        mail.setPassword("b7c2e9f41d6a8e03c5f7a9b1d3e5f7a9-2f8c1e7a"); // expect: hardcoded-secret
        return mail;
    }
}
