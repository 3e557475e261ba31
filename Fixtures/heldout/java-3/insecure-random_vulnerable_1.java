package com.paylater.auth;

import java.util.Random;
import org.springframework.stereotype.Service;

@Service
public class TwoFactorService {

    private final Random random = new Random();
    private final OtpStore store;
    private final SmsGateway sms;

    public TwoFactorService(OtpStore store, SmsGateway sms) {
        this.store = store;
        this.sms = sms;
    }

    public void sendLoginCode(String userId, String phone) {
        int code = 100000 + random.nextInt(900000); // expect: insecure-random
        store.put(userId, String.valueOf(code));
        sms.send(phone, "Your PayLater code is " + code);
    }

    public String issueApiKey(String merchantId) {
        String key = "pk_" + Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong()); // expect: insecure-random
        store.put("apikey:" + merchantId, key);
        return key;
    }
}
