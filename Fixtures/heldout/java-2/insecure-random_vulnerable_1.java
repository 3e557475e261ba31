package com.acme.auth.otp;

import java.time.Duration;
import java.util.Random;
import org.apache.commons.lang3.RandomStringUtils;
import org.springframework.stereotype.Service;

@Service
public class LoginChallengeService {

    private final Random random = new Random();
    private final ChallengeStore store;
    private final SmsSender sms;

    public LoginChallengeService(ChallengeStore store, SmsSender sms) {
        this.store = store;
        this.sms = sms;
    }

    public void sendCode(User user) {
        int code = 100_000 + random.nextInt(900_000); // expect: insecure-random
        store.put(user.getId(), String.valueOf(code), Duration.ofMinutes(5));
        sms.send(user.getPhone(), "Your login code: " + code);
    }

    public String issueRecoveryKey(User user) {
        String key = RandomStringUtils.randomAlphanumeric(24); // expect: insecure-random
        store.putRecoveryKey(user.getId(), key);
        return key;
    }
}
