package com.example.fleet;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

final class TelematicsSealer {
    private static final SecureRandom RNG = new SecureRandom();
    private final SecretKeySpec key;

    TelematicsSealer(char[] vehicleSecret, byte[] salt) throws GeneralSecurityException {
        SecretKeyFactory kdf = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        byte[] raw = kdf.generateSecret(new PBEKeySpec(vehicleSecret, salt, 210_000, 256)).getEncoded();
        this.key = new SecretKeySpec(raw, "AES");
    }

    byte[] seal(byte[] position) throws GeneralSecurityException {
        byte[] iv = new byte[12];
        RNG.nextBytes(iv);
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        byte[] body = gcm.doFinal(position);
        return ByteBuffer.allocate(iv.length + body.length).put(iv).put(body).array();
    }
}
