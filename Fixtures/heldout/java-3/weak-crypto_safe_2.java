package io.forum.auth;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

public class CookieSealer {

    private static final SecureRandom RNG = new SecureRandom();
    private final SecretKey key;

    public CookieSealer() throws GeneralSecurityException {
        KeyGenerator gen = KeyGenerator.getInstance("AES");
        gen.init(256);
        this.key = gen.generateKey();
    }

    public byte[] seal(byte[] plain) throws GeneralSecurityException {
        byte[] iv = new byte[12];
        RNG.nextBytes(iv);
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        byte[] sealed = gcm.doFinal(plain);
        return ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
    }
}
