package com.example.libraryshell;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;

@ShellComponent
class CardExportCommands {
    private final SecureRandom random = new SecureRandom();
    private final SecretKey exportKey;
    private final MemberCards cards;

    CardExportCommands(SecretKey exportKey, MemberCards cards) {
        this.exportKey = exportKey;
        this.cards = cards;
    }

    @ShellMethod(key = "export-card", value = "Print an encrypted library card number for the partner network")
    String exportCard(@ShellOption String memberId) throws GeneralSecurityException {
        byte[] iv = new byte[12];
        random.nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, exportKey, new GCMParameterSpec(128, iv));
        byte[] sealed = cipher.doFinal(cards.numberOf(memberId).getBytes(StandardCharsets.US_ASCII));
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(iv).put(sealed).array());
    }
}
