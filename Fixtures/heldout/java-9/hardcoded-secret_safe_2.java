package org.harbor.sync;

import org.telegram.telegrambots.meta.TelegramBotsApi;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.updatesreceivers.DefaultBotSession;

/** Starts the shift-swap bot for the care home's staff group. */
final class ShiftBotLauncher {

    private static final String TOKEN_VARIABLE = "SHIFT_BOT_TOKEN";

    private ShiftBotLauncher() {}

    public static void main(String[] args) throws TelegramApiException {
        String botToken = System.getenv(TOKEN_VARIABLE);
        if (botToken == null || botToken.isBlank()) {
            System.err.println(TOKEN_VARIABLE + " is not set");
            System.exit(2);
        }
        TelegramBotsApi api = new TelegramBotsApi(DefaultBotSession.class);
        api.registerBot(new ShiftSwapBot(botToken));
        System.out.println("shift bot running");
    }
}
