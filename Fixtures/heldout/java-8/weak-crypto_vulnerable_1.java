package com.example.fleet;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

final class TelematicsSealer {
    private final SecretKeySpec key;

    TelematicsSealer(String vehicleSecret) throws GeneralSecurityException {
        MessageDigest sha = MessageDigest.getInstance("SHA-1"); // expect: weak-crypto
        byte[] digest = sha.digest(vehicleSecret.getBytes(StandardCharsets.UTF_8));
        this.key = new SecretKeySpec(Arrays.copyOf(digest, 16), "RC4");
    }

    byte[] seal(byte[] position) throws GeneralSecurityException {
        Cipher rc4 = Cipher.getInstance("RC4"); // expect: weak-crypto
        rc4.init(Cipher.ENCRYPT_MODE, key);
        return rc4.doFinal(position);
    }
}
