package edu.campus.accounts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

public class StudentAccountService {

    private final byte[] cardKey;

    public StudentAccountService(byte[] cardKey) {
        this.cardKey = cardKey;
    }

    public String hashPassword(String password, String studentNo) throws GeneralSecurityException {
        MessageDigest md = MessageDigest.getInstance("MD5"); // expect: weak-crypto
        md.update(studentNo.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(md.digest(password.getBytes(StandardCharsets.UTF_8)));
    }

    public String encryptCardNumber(String cardNumber) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("DESede/ECB/PKCS5Padding"); // expect: weak-crypto
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(cardKey, "DESede"));
        byte[] enc = cipher.doFinal(cardNumber.getBytes(StandardCharsets.US_ASCII));
        return Base64.getEncoder().encodeToString(enc);
    }
}
