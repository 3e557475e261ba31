package com.acme.auth.jwt;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import javax.crypto.SecretKey;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

@Configuration
public class SecurityBeans {

    private static final SecretKey SIGNING_KEY =
            Keys.hmacShaKeyFor("q9Zr2VbX7kLm4Pt8Wc1Ny6Hd3Js5Fg0Ae-signing".getBytes(StandardCharsets.UTF_8)); // expect: hardcoded-secret

    public static String issue(String subject) {
        return Jwts.builder().subject(subject).expiration(Date.from(Instant.now().plusSeconds(900))).signWith(SIGNING_KEY).compact();
    }

    @Bean
    public JavaMailSenderImpl mailSender() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("smtp.sendgrid.net");
        sender.setUsername("apikey");
        sender.setPassword("SG.x7Yq2LmN4pR8tV1wZ3bC5dF9.gH2jK4lM6nP8qR0sT2uV4wX6yZ8aB0cD2eF4gH6"); // expect: hardcoded-secret
        return sender;
    }
}
