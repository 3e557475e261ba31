package com.example.vault;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/** Encrypts API credentials before they are written to the settings table. */
public class SettingsEncryptor {

    private final SecretKeySpec key;

    public SettingsEncryptor(byte[] key256) {
        this.key = new SecretKeySpec(key256, "AES");
    }

    public byte[] encrypt(byte[] plaintext) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/ECB/PKCS5Padding"); // expect: weak-crypto
        cipher.init(Cipher.ENCRYPT_MODE, key);
        return cipher.doFinal(plaintext);
    }

    public byte[] decrypt(byte[] ciphertext) throws GeneralSecurityException {
        // plain "AES" means AES/ECB/PKCS5Padding with the default provider
        Cipher cipher = Cipher.getInstance("AES"); // expect: weak-crypto
        cipher.init(Cipher.DECRYPT_MODE, key);
        return cipher.doFinal(ciphertext);
    }
}
