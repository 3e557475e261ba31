package com.example.guildbot;

import java.time.Instant;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;

class StandingsListener extends ListenerAdapter {
    private final StandingsService standings;

    StandingsListener(StandingsService standings) {
        this.standings = standings;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (!"standings".equals(event.getName())) {
            return;
        }
        List<TeamRow> rows = standings.current(event.getGuild().getId());
        Instant requestedAt = Instant.now();
        EmbedBuilder embed = new EmbedBuilder().setTitle("League standings").setTimestamp(requestedAt);
        int rank = 1;
        for (TeamRow row : rows) {
            String label = rank + ". " + row.getName();
            embed.addField(label, row.getPoints() + " pts", false);
            rank++;
        }
        event.replyEmbeds(embed.build()).queue();
    }
}
