package com.example.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** AWS Lambda: tokenises card holder names (deterministic HMAC-SHA256 tokens, not "AES/ECB"). */
class TokeniseHandler implements RequestHandler<Map<String, String>, Map<String, String>> {
    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key = new SecretKeySpec(
            Base64.getDecoder().decode(System.getenv("TOKEN_KEY_B64")), ALGORITHM);

    @Override
    public Map<String, String> handleRequest(Map<String, String> input, Context context) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] token = mac.doFinal(input.get("holder").getBytes(StandardCharsets.UTF_8));
            return Map.of("token", Base64.getUrlEncoder().withoutPadding().encodeToString(token));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("tokenisation failed", e);
        }
    }
}
