package com.example.guildbot;

import java.security.SecureRandom;
import java.util.List;
import java.util.Random;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;

class LinkAccountListener extends ListenerAdapter {
    private static final List<String> GREETINGS = List.of("Hi", "Hello", "Hey there");
    private final SecureRandom secureRandom = new SecureRandom();
    private final Random flavour = new Random();
    private final LinkCodeStore codes;

    LinkAccountListener(LinkCodeStore codes) {
        this.codes = codes;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (!"link".equals(event.getName())) {
            return;
        }
        User user = event.getUser();
        String code = String.format("%08d", secureRandom.nextInt(100_000_000));
        codes.put(code, user.getId());
        String greeting = GREETINGS.get(flavour.nextInt(GREETINGS.size()));
        event.reply(greeting + "! Enter code " + code + " on the website within 10 minutes.")
                .setEphemeral(true)
                .queue();
    }
}
