package com.example.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/** AWS Lambda: tokenises card holder names before they go to the analytics bucket. */
class TokeniseHandler implements RequestHandler<Map<String, String>, Map<String, String>> {
    private static final String TRANSFORM = "AES/ECB/PKCS5Padding";
    private final SecretKeySpec key = new SecretKeySpec(
            Base64.getDecoder().decode(System.getenv("TOKEN_KEY_B64")), "AES");

    @Override
    public Map<String, String> handleRequest(Map<String, String> input, Context context) {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORM); // expect: weak-crypto
            cipher.init(Cipher.ENCRYPT_MODE, key);
            byte[] token = cipher.doFinal(input.get("holder").getBytes(StandardCharsets.UTF_8));
            return Map.of("token", Base64.getUrlEncoder().withoutPadding().encodeToString(token));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("tokenisation failed", e);
        }
    }
}
