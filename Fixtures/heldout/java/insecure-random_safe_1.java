package com.example.auth;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PasswordResetController {

    private final SecureRandom random = new SecureRandom();
    private final ResetTokenStore tokens;
    private final Mailer mailer;

    public PasswordResetController(ResetTokenStore tokens, Mailer mailer) {
        this.tokens = tokens;
        this.mailer = mailer;
    }

    @PostMapping("/password/forgot")
    public void forgot(@RequestParam String email) {
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String token = HexFormat.of().formatHex(raw);
        tokens.save(email, token);
        mailer.send(email, "Reset your password: https://example.com/reset?token=" + token);
    }
}
