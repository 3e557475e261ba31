package org.library.members;

import java.util.Random;

public class MemberPasswords {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static String temporaryPassword(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int idx = (int) (Math.random() * ALPHABET.length()); // expect: insecure-random
            sb.append(ALPHABET.charAt(idx));
        }
        return sb.toString();
    }

    public static byte[] newSalt() {
        byte[] salt = new byte[16];
        new Random(System.currentTimeMillis()).nextBytes(salt); // expect: insecure-random
        return salt;
    }

    public static void main(String[] args) {
        System.out.println("temporary password: " + temporaryPassword(12));
        System.out.println("salt bytes: " + newSalt().length);
    }
}
