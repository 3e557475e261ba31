package org.harbor.access;

import com.intellij.openapi.actionSystem.AnAction;
import com.intellij.openapi.actionSystem.AnActionEvent;
import com.intellij.openapi.ide.CopyPasteManager;
import java.awt.datatransfer.StringSelection;
import java.security.SecureRandom;
import java.util.concurrent.ThreadLocalRandom;

/** IDE action "Generate service password": puts a fresh password for a new service account on the clipboard. */
class GeneratePasswordAction extends AnAction {

    private static final char[] ALPHABET =
            "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();
    private static final String[] HINTS = {"Stored on the clipboard.", "Paste it into the vault now."};
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public void actionPerformed(AnActionEvent event) {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            password.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        CopyPasteManager.getInstance().setContents(new StringSelection(password.toString()));
        event.getPresentation().setDescription(HINTS[ThreadLocalRandom.current().nextInt(HINTS.length)]);
    }
}
