package com.example.security;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import javax.crypto.SecretKey;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;

public class TokenService {

    private static final SecretKey SIGNING_KEY =
            Keys.hmacShaKeyFor("my-super-secret-jwt-signing-key-change-me-please!".getBytes(StandardCharsets.UTF_8)); // expect: hardcoded-secret

    public String issue(String subject) {
        return Jwts.builder()
                .subject(subject)
                .expiration(new Date(System.currentTimeMillis() + 3_600_000))
                .signWith(SIGNING_KEY)
                .compact();
    }

    public static AwsBasicCredentials uploadCredentials() {
        return AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"); // expect: hardcoded-secret
    }
}
