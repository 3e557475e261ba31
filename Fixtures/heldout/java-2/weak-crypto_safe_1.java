package com.acme.payments.gateway;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

public class CardTokenService {

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec aesKey;
    private final SecretKeySpec macKey;

    public CardTokenService(byte[] aesKey, byte[] macKey) {
        this.aesKey = new SecretKeySpec(aesKey, "AES");
        this.macKey = new SecretKeySpec(macKey, "HmacSHA256");
    }

    public String tokenize(String pan) throws GeneralSecurityException {
        byte[] iv = new byte[12];
        random.nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, aesKey, new GCMParameterSpec(128, iv));
        byte[] sealed = cipher.doFinal(pan.getBytes(StandardCharsets.US_ASCII));
        return HexFormat.of().formatHex(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
    }

    public String sign(String payload) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(macKey);
        return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    }
}
