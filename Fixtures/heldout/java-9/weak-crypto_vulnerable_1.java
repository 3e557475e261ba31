package org.harbor.vault;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** Encrypts the notes field of patient records before the batch export is written. */
class NotesCipher {

    private final byte[] keyMaterial;
    private final SecureRandom random = new SecureRandom();

    NotesCipher(byte[] keyMaterial) {
        this.keyMaterial = keyMaterial.clone();
    }

    String seal(String notes) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("DESede/CBC/PKCS5Padding"); // expect: weak-crypto
        String family = cipher.getAlgorithm().substring(0, cipher.getAlgorithm().indexOf('/'));
        var key = new SecretKeySpec(keyMaterial, 0, 24, family);
        byte[] iv = new byte[cipher.getBlockSize()];
        random.nextBytes(iv);
        cipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(iv));
        byte[] sealed = cipher.doFinal(notes.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(iv) + ":" + Base64.getEncoder().encodeToString(sealed);
    }
}
