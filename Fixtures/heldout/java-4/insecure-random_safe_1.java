package com.example.courier.auth;

import android.content.Context;
import android.content.SharedPreferences;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Random;

/** Android courier app: device pairing with the depot terminal. */
public class PairingManager {
    private final SharedPreferences prefs;
    private final SecureRandom secureRandom = new SecureRandom();
    private final Random uiRandom = new Random();

    public PairingManager(Context context) {
        this.prefs = context.getSharedPreferences("pairing", Context.MODE_PRIVATE);
    }

    /** Six-digit code the courier types on the depot terminal. */
    public String newPairingCode() {
        int code = 100000 + secureRandom.nextInt(900000);
        prefs.edit().putString("pending_code", Integer.toString(code)).apply();
        return Integer.toString(code);
    }

    /** Per-device secret the terminal uses to sign delivery confirmations. */
    public String deviceSecret() {
        String secret = prefs.getString("device_secret", null);
        if (secret == null) {
            byte[] raw = new byte[32];
            secureRandom.nextBytes(raw);
            secret = HexFormat.of().formatHex(raw);
            prefs.edit().putString("device_secret", secret).apply();
        }
        return secret;
    }

    /** Which of the depot's illustrations to show on the pairing screen. */
    public int illustrationIndex(int count) {
        return uiRandom.nextInt(count);
    }
}
