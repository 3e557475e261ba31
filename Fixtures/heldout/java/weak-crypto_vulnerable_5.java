package com.example.legacy;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.apache.commons.codec.digest.DigestUtils;

/** Glue for the old partner integration. */
public class PartnerCrypto {

    public static SecretKey newSessionKey() throws GeneralSecurityException {
        KeyGenerator kg = KeyGenerator.getInstance("DESede"); // expect: weak-crypto
        kg.init(168);
        return kg.generateKey();
    }

    public static byte[] seal(SecretKey key, byte[] data) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("DESede/ECB/PKCS5Padding"); // expect: weak-crypto
        c.init(Cipher.ENCRYPT_MODE, key);
        return c.doFinal(data);
    }

    public static String signature(String partnerId, String password) {
        return DigestUtils.md5Hex(partnerId + ":" + password); // expect: weak-crypto
    }
}
