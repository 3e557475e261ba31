package io.clinic.notify;

import com.auth0.jwt.algorithms.Algorithm;
import com.twilio.Twilio;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class NotifierConfig {

    private static final String PASSWORD_PROMPT = "Password: ";
    private static final String TOKEN_PLACEHOLDER = "<your-twilio-token>";

    @Value("${clinic.jwt.secret}")
    private String jwtSecret;

    @Bean
    public Algorithm jwtAlgorithm() {
        return Algorithm.HMAC256(jwtSecret);
    }

    @Bean
    public Boolean twilioReady(@Value("${twilio.sid}") String sid, @Value("${twilio.token}") String token) {
        if (token.equals(TOKEN_PLACEHOLDER)) {
            throw new IllegalStateException("configure twilio.token; the CLI asks with \"" + PASSWORD_PROMPT + "\"");
        }
        Twilio.init(sid, token);
        return Boolean.TRUE;
    }
}
