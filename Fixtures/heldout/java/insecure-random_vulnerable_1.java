package com.example.auth;

import java.util.Random;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PasswordResetController {

    private final Random random = new Random();
    private final ResetTokenStore tokens;
    private final Mailer mailer;

    public PasswordResetController(ResetTokenStore tokens, Mailer mailer) {
        this.tokens = tokens;
        this.mailer = mailer;
    }

    @PostMapping("/password/forgot")
    public void forgot(@RequestParam String email) {
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            token.append(Integer.toHexString(random.nextInt(16))); // expect: insecure-random
        }
        tokens.save(email, token.toString());
        mailer.send(email, "Reset your password: https://example.com/reset?token=" + token);
    }
}
