package org.harbor.access;

import com.intellij.openapi.actionSystem.AnAction;
import com.intellij.openapi.actionSystem.AnActionEvent;
import com.intellij.openapi.ide.CopyPasteManager;
import java.awt.datatransfer.StringSelection;
import org.apache.commons.lang3.RandomStringUtils;

/** IDE action "Generate service password": puts a fresh password for a new service account on the clipboard. */
class GeneratePasswordAction extends AnAction {

    private static final int LENGTH = 24;

    @Override
    public void actionPerformed(AnActionEvent event) {
        String password = RandomStringUtils.randomAlphanumeric(LENGTH); // expect: insecure-random
        CopyPasteManager.getInstance().setContents(new StringSelection(password));
    }
}
