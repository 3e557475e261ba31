package com.example.gdx;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.files.FileHandle;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/** libGDX save games, encrypted so that players cannot edit their coins. */
class SaveGameStore {
    private final byte[] key;

    SaveGameStore(byte[] deviceKey) {
        this.key = deviceKey.clone();
    }

    void save(String slot, String json) throws GeneralSecurityException {
        Cipher rc4 = Cipher.getInstance("RC4"); // expect: weak-crypto
        rc4.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "RC4"));
        FileHandle file = Gdx.files.local("saves/" + slot + ".sav");
        file.writeBytes(rc4.doFinal(json.getBytes(StandardCharsets.UTF_8)), false);
    }

    String load(String slot) throws GeneralSecurityException {
        byte[] data = Gdx.files.local("saves/" + slot + ".sav").readBytes();
        Cipher cipher = cipherFor(Cipher.DECRYPT_MODE);
        return new String(cipher.doFinal(data), StandardCharsets.UTF_8);
    }

    Cipher cipherFor(int mode) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("Blowfish/ECB/PKCS5Padding"); // expect: weak-crypto
        cipher.init(mode, new SecretKeySpec(key, "Blowfish"));
        return cipher;
    }
}
