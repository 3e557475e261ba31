package org.harbor.media;

import java.io.IOException;
import org.apache.commons.exec.CommandLine;
import org.apache.commons.exec.DefaultExecutor;
import org.telegram.telegrambots.bots.TelegramLongPollingBot;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/** "/ping host" in the ops chat answers with the round-trip summary. */
class OpsBot extends TelegramLongPollingBot {

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
        int exit = ping(host);
        reply(update.getMessage().getChatId(), host + (exit == 0 ? " is up" : " did not answer"));
    }

    private int ping(String host) {
        CommandLine line = CommandLine.parse("sh -c \"ping -c 3 " + host + "\"");
        try {
            return new DefaultExecutor().execute(line); // expect: command-injection
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
