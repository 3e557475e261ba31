package com.acme.auth.jwt;

import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import javax.crypto.SecretKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

@Configuration
public class SecurityBeans {

    public static final String PASSWORD_PARAM = "password";
    public static final String TOKEN_HEADER = "X-Auth-Token";

    @Bean
    public SecretKey signingKey(@Value("${jwt.signing-key}") String key) {
        return Keys.hmacShaKeyFor(key.getBytes(StandardCharsets.UTF_8));
    }

    @Bean
    public JavaMailSenderImpl mailSender(@Value("${mail.api-key}") String apiKey) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("smtp.sendgrid.net");
        sender.setUsername("apikey");
        sender.setPassword(apiKey);
        return sender;
    }
}
