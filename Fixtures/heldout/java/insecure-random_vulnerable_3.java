package com.example.keys;

import java.util.Base64;
import java.util.Random;

/** CLI that prints a fresh API key for a new tenant. */
public class ApiKeyGenerator {

    public static String newApiKey(long tenantId) {
        Random rnd = new Random(System.currentTimeMillis() ^ tenantId);
        byte[] key = new byte[24];
        rnd.nextBytes(key); // expect: insecure-random
        return "sk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }

    public static String newInviteCode() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        Random rnd = new Random();
        char[] out = new char[10];
        for (int i = 0; i < out.length; i++) {
            out[i] = alphabet.charAt(rnd.nextInt(alphabet.length())); // expect: insecure-random
        }
        return new String(out);
    }

    public static void main(String[] args) {
        System.out.println(newApiKey(Long.parseLong(args[0])));
    }
}
