package com.example.partners;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Quarkus bean: partner portal credentials and the encrypted export links. */
@ApplicationScoped
public class PartnerCrypto {
    private final SecretKeySpec linkKey;
    private final PasswordHasher hasher;

    public PartnerCrypto(@ConfigProperty(name = "partners.link-key") String linkKeyB64, PasswordHasher hasher) {
        this.linkKey = new SecretKeySpec(Base64.getDecoder().decode(linkKeyB64), "AES");
        this.hasher = hasher;
    }

    /** Argon2id via the shared hasher bean. */
    public String passwordHash(String password) {
        return hasher.hash(password.toCharArray());
    }

    /** SHA-256 of an export file, shown next to the download so partners can check it. */
    public String exportChecksum(byte[] file) throws GeneralSecurityException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
    }

    public String sealExportLink(String exportId, byte[] iv) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, linkKey, new GCMParameterSpec(128, iv));
        byte[] sealed = cipher.doFinal(exportId.getBytes(StandardCharsets.UTF_8));
        byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
    }
}
