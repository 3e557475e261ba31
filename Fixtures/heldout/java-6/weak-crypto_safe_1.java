package com.example.gdx;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.files.FileHandle;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** libGDX save games, encrypted so that players cannot edit their coins. */
class SaveGameStore {
    private static final SecureRandom RNG = new SecureRandom();
    private final byte[] key;

    SaveGameStore(byte[] deviceKey) {
        this.key = deviceKey.clone();
    }

    void save(String slot, String json) throws GeneralSecurityException {
        byte[] iv = new byte[12];
        RNG.nextBytes(iv);
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
        byte[] sealed = gcm.doFinal(json.getBytes(StandardCharsets.UTF_8));
        FileHandle file = Gdx.files.local("saves/" + slot + ".sav");
        file.writeBytes(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array(), false);
    }

    String load(String slot) throws GeneralSecurityException {
        byte[] data = Gdx.files.local("saves/" + slot + ".sav").readBytes();
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, data, 0, 12));
        return new String(gcm.doFinal(data, 12, data.length - 12), StandardCharsets.UTF_8);
    }
}
