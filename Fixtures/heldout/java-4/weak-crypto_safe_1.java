package com.example.wallet.storage;

import android.content.Context;
import android.content.SharedPreferences;
import android.util.Base64;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/** Android wallet app: keeps the card token encrypted in SharedPreferences and checks the app PIN. */
public class SecurePrefs {
    private static final SecureRandom RNG = new SecureRandom();

    private final SharedPreferences prefs;
    private final SecretKeySpec key;

    public SecurePrefs(Context context, byte[] deviceKey) {
        this.prefs = context.getSharedPreferences("wallet", Context.MODE_PRIVATE);
        this.key = new SecretKeySpec(deviceKey, "AES");
    }

    public void putCardToken(String token) throws GeneralSecurityException {
        byte[] iv = new byte[12];
        RNG.nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
        byte[] stored = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
        prefs.edit().putString("card_token", Base64.encodeToString(stored, Base64.NO_WRAP)).apply();
    }

    public void setPin(String pin) throws GeneralSecurityException {
        byte[] salt = new byte[16];
        RNG.nextBytes(salt);
        PBEKeySpec spec = new PBEKeySpec(pin.toCharArray(), salt, 120_000, 256);
        byte[] digest = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        spec.clearPassword();
        prefs.edit()
             .putString("pin_salt", Base64.encodeToString(salt, Base64.NO_WRAP))
             .putString("pin_hash", Base64.encodeToString(digest, Base64.NO_WRAP))
             .apply();
    }
}
