package com.example.wallet.storage;

import android.content.Context;
import android.content.SharedPreferences;
import android.util.Base64;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;

import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/** Android wallet app: keeps the card token encrypted in SharedPreferences and checks the app PIN. */
public class SecurePrefs {
    private final SharedPreferences prefs;
    private final SecretKeySpec key;

    public SecurePrefs(Context context, byte[] deviceKey) {
        this.prefs = context.getSharedPreferences("wallet", Context.MODE_PRIVATE);
        this.key = new SecretKeySpec(deviceKey, "AES");
    }

    public void putCardToken(String token) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/ECB/PKCS5Padding"); // expect: weak-crypto
        cipher.init(Cipher.ENCRYPT_MODE, key);
        byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
        prefs.edit().putString("card_token", Base64.encodeToString(sealed, Base64.NO_WRAP)).apply();
    }

    public void setPin(String pin) throws GeneralSecurityException {
        MessageDigest md = MessageDigest.getInstance("MD5"); // expect: weak-crypto
        byte[] digest = md.digest(pin.getBytes(StandardCharsets.UTF_8));
        prefs.edit().putString("pin_hash", Base64.encodeToString(digest, Base64.NO_WRAP)).apply();
    }
}
