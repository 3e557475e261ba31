package com.example.libraryshell;

import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;

@ShellComponent
class CardExportCommands {
    private final SecretKey exportKey;
    private final MemberCards cards;

    CardExportCommands(SecretKey exportKey, MemberCards cards) {
        this.exportKey = exportKey;
        this.cards = cards;
    }

    @ShellMethod(key = "export-card", value = "Print an encrypted library card number for the partner network")
    String exportCard(@ShellOption String memberId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/ECB/PKCS5Padding"); // expect: weak-crypto
        cipher.init(Cipher.ENCRYPT_MODE, exportKey);
        byte[] sealed = cipher.doFinal(cards.numberOf(memberId).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return Base64.getEncoder().encodeToString(sealed);
    }
}
