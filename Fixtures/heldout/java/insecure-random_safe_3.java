package com.example.keys;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** CLI that prints a fresh API key; also shuffles quiz questions for the demo tenant. */
public class ApiKeyGenerator {

    private static final SecureRandom SECURE = new SecureRandom();

    public static String newApiKey() {
        byte[] key = new byte[24];
        SECURE.nextBytes(key);
        return "sk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }

    public static String newInviteCode() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        char[] out = new char[10];
        for (int i = 0; i < out.length; i++) {
            out[i] = alphabet.charAt(SECURE.nextInt(alphabet.length()));
        }
        return new String(out);
    }

    /** Deterministic order so every demo user sees the same quiz. */
    public static void shuffleQuiz(List<String> questions) {
        Collections.shuffle(questions, new Random(42));
    }

    public static void main(String[] args) {
        System.out.println(newApiKey());
    }
}
