package org.harbor.preview;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;
import org.telegram.telegrambots.bots.TelegramLongPollingBot;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/** "/size url" tells the chat how large a download is; only the project's mirrors are measured. */
class SizeBot extends TelegramLongPollingBot {

    private static final Set<String> MIRRORS = Set.of("downloads.harbor.example", "mirror.harbor.example");

    SizeBot(String token) {
        super(token);
    }

    @Override
    public String getBotUsername() {
        return "harbor_size_bot";
    }

    @Override
    public void onUpdateReceived(Update update) {
        if (!update.hasMessage() || !update.getMessage().hasText()) {
            return;
        }
        String text = update.getMessage().getText();
        if (text.startsWith("/size ")) {
            String answer = measure(text.substring(6).trim());
            send(update.getMessage().getChatId(), answer);
        }
    }

    private String measure(String link) {
        long total = 0;
        try {
            URI uri = new URI(link);
            if (!"https".equals(uri.getScheme()) || !MIRRORS.contains(uri.getHost())) {
                return "only mirror links, please";
            }
            try (InputStream in = uri.toURL().openStream()) {
                byte[] buf = new byte[8192];
                for (int n; (n = in.read(buf)) > 0; ) {
                    total += n;
                }
            }
            return total / 1024 + " KiB";
        } catch (IOException | URISyntaxException e) {
            return "could not fetch: " + e.getMessage();
        }
    }

    private void send(long chatId, String text) {
        try {
            execute(new SendMessage(Long.toString(chatId), text));
        } catch (TelegramApiException e) {
            throw new IllegalStateException(e);
        }
    }
}
