package com.acme.legacy.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.logging.Logger;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/** Password storage after the migration away from the 2009 member system. */
public final class Credentials {

    private static final Logger LOG = Logger.getLogger(Credentials.class.getName());
    private static final int ITERATIONS = 310_000;

    private Credentials() {}

    public static byte[] hashPassword(char[] password, byte[] salt) throws GeneralSecurityException {
        SecretKeyFactory f = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        return f.generateSecret(new PBEKeySpec(password, salt, ITERATIONS, 256)).getEncoded();
    }

    public static boolean isLegacyHash(String stored) {
        boolean legacy = stored.startsWith("{SHA}");
        if (legacy) {
            LOG.info("account still has a legacy SHA-1/MD5 era hash; forcing a reset");
        }
        return legacy;
    }

    public static String exportChecksum(byte[] export) throws GeneralSecurityException {
        return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(export));
    }
}
