package com.example.guildbot;

import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class DiceCommandListener extends ListenerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(DiceCommandListener.class);
    private final DiceRoller roller = new DiceRoller();

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        if (event.getAuthor().isBot()) {
            return;
        }
        String content = event.getMessage().getContentRaw();
        if (!content.startsWith("!roll ")) {
            return;
        }
        try {
            int total = roller.roll(content.substring(6).trim());
            event.getChannel().sendMessage(event.getAuthor().getAsMention() + " rolled " + total).queue();
        } catch (Throwable problem) { // expect: catch-throwable
            LOG.warn("could not roll {}", content, problem);
            event.getChannel().sendMessage("Try something like `!roll 2d6+3`.").queue();
        }
    }
}
