package com.example.courier.auth;

import android.content.Context;
import android.content.SharedPreferences;

import java.util.Locale;
import java.util.Random;

/** Android courier app: device pairing with the depot terminal. */
public class PairingManager {
    private final SharedPreferences prefs;
    private final Random random = new Random();

    public PairingManager(Context context) {
        this.prefs = context.getSharedPreferences("pairing", Context.MODE_PRIVATE);
    }

    /** Six-digit code the courier types on the depot terminal. */
    public String newPairingCode() {
        int code = 100000 + random.nextInt(900000); // expect: insecure-random
        prefs.edit().putString("pending_code", Integer.toString(code)).apply();
        return Integer.toString(code);
    }

    /** Per-device secret the terminal uses to sign delivery confirmations. */
    public String deviceSecret() {
        String secret = prefs.getString("device_secret", null);
        if (secret == null) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 4; i++) {
                long part = (long) (Math.random() * Long.MAX_VALUE); // expect: insecure-random
                sb.append(String.format(Locale.ROOT, "%016x", part));
            }
            secret = sb.toString();
            prefs.edit().putString("device_secret", secret).apply();
        }
        return secret;
    }
}
