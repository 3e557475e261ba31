package org.harbor.plugin;

import com.intellij.openapi.actionSystem.AnAction;
import com.intellij.openapi.actionSystem.AnActionEvent;
import com.intellij.openapi.actionSystem.CommonDataKeys;
import com.intellij.openapi.editor.Editor;
import com.intellij.openapi.ui.Messages;
import java.util.Locale;
import java.util.stream.Collectors; // expect: unused-import

/** IDE action: shows the word count and reading time of the current selection. */
class ReadingTimeAction extends AnAction {

    private static final int WORDS_PER_MINUTE = 230;

    @Override
    public void actionPerformed(AnActionEvent event) {
        Editor editor = event.getData(CommonDataKeys.EDITOR);
        if (editor == null) {
            return;
        }
        String text = editor.getSelectionModel().getSelectedText();
        if (text == null || text.isBlank()) {
            return;
        }
        int words = text.trim().split("\\s+").length;
        double minutes = (double) words / WORDS_PER_MINUTE;
        Messages.showInfoMessage(String.format(Locale.ROOT, "%d words, about %.1f min", words, minutes),
                "Reading time");
    }
}
