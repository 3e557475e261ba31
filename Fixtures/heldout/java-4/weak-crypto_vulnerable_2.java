package com.example.partners;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.DESKeySpec;
import javax.crypto.spec.IvParameterSpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Quarkus bean: partner portal credentials and the encrypted export links. */
@ApplicationScoped
public class PartnerCrypto {
    private final byte[] linkKey;

    public PartnerCrypto(@ConfigProperty(name = "partners.link-key") String linkKeyB64) {
        this.linkKey = Base64.getDecoder().decode(linkKeyB64);
    }

    public String passwordHash(String login, String password) throws GeneralSecurityException {
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1"); // expect: weak-crypto
        sha1.update(login.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha1.digest(password.getBytes(StandardCharsets.UTF_8)));
    }

    public String sealExportLink(String exportId, byte[] iv) throws GeneralSecurityException {
        SecretKey key = SecretKeyFactory.getInstance("DES").generateSecret(new DESKeySpec(linkKey)); // expect: weak-crypto
        Cipher cipher = Cipher.getInstance("DES/CBC/PKCS5Padding"); // expect: weak-crypto
        cipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(iv));
        byte[] sealed = cipher.doFinal(exportId.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sealed);
    }
}
