package org.harbor.sync;

import org.telegram.telegrambots.meta.TelegramBotsApi;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.updatesreceivers.DefaultBotSession;

/** Starts the shift-swap bot for the care home's staff group. */
final class ShiftBotLauncher {

    private ShiftBotLauncher() {}

    public static void main(String[] args) throws TelegramApiException {
        String botToken = "7312849901:AAH3kz9Qw_pXv2LmN8rTy4sDf6GhJ0uVbCe"; // expect: hardcoded-secret
        TelegramBotsApi api = new TelegramBotsApi(DefaultBotSession.class);
        api.registerBot(new ShiftSwapBot(botToken));
        System.out.println("shift bot running");
    }
}
