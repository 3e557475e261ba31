package org.harbor.plugin;

import com.intellij.openapi.actionSystem.AnAction;
import com.intellij.openapi.actionSystem.AnActionEvent;
import com.intellij.openapi.actionSystem.CommonDataKeys;
import com.intellij.openapi.editor.Editor;
import com.intellij.openapi.ui.Messages;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** IDE action: shows the word count, reading time and longest words of the current selection. */
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
        String[] words = text.trim().split("\\s+");
        double minutes = (double) words.length / WORDS_PER_MINUTE;
        String longest = Stream.of(words).sorted((a, b) -> b.length() - a.length()).limit(3)
                .collect(Collectors.joining(", "));
        Messages.showInfoMessage(String.format(Locale.ROOT, "%d words, about %.1f min; longest: %s",
                words.length, minutes, longest), "Reading time");
    }
}
