package com.paylater.auth;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;

public class TokenFactory {

    private static final SecureRandom SECURE = new SecureRandom();
    private final Random shuffler = new Random();

    public String apiKey() {
        byte[] bytes = new byte[24];
        SECURE.nextBytes(bytes);
        return "pk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public int loginCode() {
        return 100000 + SECURE.nextInt(900000);
    }

    public List<String> featuredMerchants(List<String> all) {
        List<String> copy = new ArrayList<>(all);
        Collections.shuffle(copy, shuffler);
        return copy.subList(0, Math.min(5, copy.size()));
    }
}
