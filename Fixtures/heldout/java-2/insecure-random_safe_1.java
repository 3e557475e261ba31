package com.acme.auth.otp;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import org.springframework.stereotype.Service;

@Service
public class LoginChallengeService {

    private final SecureRandom random = new SecureRandom();
    private final ChallengeStore store;
    private final SmsSender sms;

    public LoginChallengeService(ChallengeStore store, SmsSender sms) {
        this.store = store;
        this.sms = sms;
    }

    public void sendCode(User user) {
        int code = 100_000 + random.nextInt(900_000);
        store.put(user.getId(), String.valueOf(code), Duration.ofMinutes(5));
        sms.send(user.getPhone(), "Your login code: " + code);
    }

    public String issueRecoveryKey(User user) {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        store.putRecoveryKey(user.getId(), key);
        return key;
    }
}
