package com.example.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ApiKeyController {

    private final ApiKeyStore store;

    public ApiKeyController(ApiKeyStore store) {
        this.store = store;
    }

    /** Stores only a digest of the API key so a DB leak does not leak keys. */
    @PostMapping("/api-keys/verify")
    public boolean verify(@RequestParam String apiKey) throws NoSuchAlgorithmException {
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1"); // expect: weak-crypto
        String digest = Base64.getEncoder().encodeToString(sha1.digest(apiKey.getBytes(StandardCharsets.UTF_8)));
        return store.exists(digest);
    }

    public static String legacyDigest(String secret) throws NoSuchAlgorithmException {
        MessageDigest md = MessageDigest.getInstance("SHA1"); // expect: weak-crypto
        return Base64.getEncoder().encodeToString(md.digest(secret.getBytes(StandardCharsets.UTF_8)));
    }
}
