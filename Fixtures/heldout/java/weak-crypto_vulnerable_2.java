package com.example.tokens;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.DESKeySpec;

/** Encrypts customer numbers that are put in e-mail links. */
public class LinkTokenCipher {

    private final SecretKey key;

    public LinkTokenCipher(byte[] keyBytes) throws GeneralSecurityException {
        SecretKeyFactory kf = SecretKeyFactory.getInstance("DES"); // expect: weak-crypto
        this.key = kf.generateSecret(new DESKeySpec(keyBytes));
    }

    public String encrypt(String customerNumber) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("DES/CBC/PKCS5Padding"); // expect: weak-crypto
        c.init(Cipher.ENCRYPT_MODE, key);
        byte[] iv = c.getIV();
        byte[] ct = c.doFinal(customerNumber.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().encodeToString(iv) + "." + Base64.getUrlEncoder().encodeToString(ct);
    }
}
