package org.harbor.preview;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import org.telegram.telegrambots.bots.TelegramLongPollingBot;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/** "/size url" tells the chat how large a download is before people fetch it on mobile data. */
class SizeBot extends TelegramLongPollingBot {

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
        try (InputStream in = new URL(link).openStream()) { // expect: ssrf
            byte[] buf = new byte[8192];
            for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
            }
            return total / 1024 + " KiB";
        } catch (IOException e) {
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
