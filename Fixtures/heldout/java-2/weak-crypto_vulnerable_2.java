package com.acme.payments.gateway;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.digest.DigestUtils;

public class CardTokenService {

    private final SecretKeySpec aesKey;
    private final byte[] macKey;

    public CardTokenService(byte[] aesKey, byte[] macKey) {
        this.aesKey = new SecretKeySpec(aesKey, "AES");
        this.macKey = macKey.clone();
    }

    public String tokenize(String pan) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/ECB/PKCS5Padding"); // expect: weak-crypto
        cipher.init(Cipher.ENCRYPT_MODE, aesKey);
        return HexFormat.of().formatHex(cipher.doFinal(pan.getBytes(StandardCharsets.US_ASCII)));
    }

    public String sign(String payload) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacMD5"); // expect: weak-crypto
        mac.init(new SecretKeySpec(macKey, mac.getAlgorithm()));
        return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    }

    public String fingerprint(String pan) {
        return DigestUtils.sha1Hex(pan); // expect: weak-crypto
    }
}
