package com.example.guildbot;

import java.util.Random;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;

class LinkAccountListener extends ListenerAdapter {
    private final Random random = new Random();
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
        String code = String.format("%08d", random.nextInt(100_000_000)); // expect: insecure-random
        codes.put(code, user.getId());
        event.reply("Enter code " + code + " on the website within 10 minutes to link your account.")
                .setEphemeral(true)
                .queue();
    }
}
