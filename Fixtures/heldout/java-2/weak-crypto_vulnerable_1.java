package com.acme.legacy.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.DESKeySpec;
import javax.crypto.spec.IvParameterSpec;

/** Compatibility layer for accounts migrated from the 2009 member system. */
public final class LegacyCredentials {

    private LegacyCredentials() {}

    public static String passwordDigest(String salt, String password) throws GeneralSecurityException {
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1"); // expect: weak-crypto
        byte[] digest = sha1.digest((salt + password).getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(digest);
    }

    public static String decryptSecurityAnswer(byte[] key, byte[] iv, String encrypted) throws GeneralSecurityException {
        SecretKeyFactory factory = SecretKeyFactory.getInstance("DES"); // expect: weak-crypto
        Cipher cipher = Cipher.getInstance("DES/CBC/PKCS5Padding"); // expect: weak-crypto
        cipher.init(Cipher.DECRYPT_MODE, factory.generateSecret(new DESKeySpec(key)), new IvParameterSpec(iv));
        byte[] plain = cipher.doFinal(Base64.getDecoder().decode(encrypted));
        return new String(plain, StandardCharsets.UTF_8);
    }
}
