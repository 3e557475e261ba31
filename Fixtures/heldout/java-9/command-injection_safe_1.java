package org.harbor.media;

import java.io.IOException;
import java.util.regex.Pattern;
import org.apache.commons.exec.CommandLine;
import org.apache.commons.exec.DefaultExecutor;
import org.telegram.telegrambots.bots.TelegramLongPollingBot;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/** "/ping host" in the ops chat answers with the round-trip summary. */
class OpsBot extends TelegramLongPollingBot {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}");

    OpsBot(String token) {
        super(token);
    }

    @Override
    public String getBotUsername() {
        return "harbor_ops_bot";
    }

    @Override
    public void onUpdateReceived(Update update) {
        if (!update.hasMessage() || !update.getMessage().hasText()) {
            return;
        }
        String text = update.getMessage().getText();
        if (!text.startsWith("/ping ")) {
            return;
        }
        String host = text.substring(6).trim();
        int exit = HOST.matcher(host).matches() ? ping(host) : -1;
        reply(update.getMessage().getChatId(), host + (exit == 0 ? " is up" : " did not answer"));
    }

    private int ping(String host) {
        CommandLine line = new CommandLine("ping").addArgument("-c").addArgument("3")
                .addArgument(host, false);
        try {
            return new DefaultExecutor().execute(line);
        } catch (IOException e) {
            return -1;
        }
    }

    private void reply(long chatId, String text) {
        try {
            execute(new SendMessage(Long.toString(chatId), text));
        } catch (TelegramApiException e) {
            throw new IllegalStateException(e);
        }
    }
}
