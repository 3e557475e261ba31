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
        Instant requestedAt = Instant.now(); // expect: unused-variable
        EmbedBuilder embed = new EmbedBuilder().setTitle("League standings");
        int rank = 1;
        for (TeamRow row : rows) {
            String label = rank + ". " + row.getName(); // expect: unused-variable
            embed.addField(rank + ". " + row.getName(), row.getPoints() + " pts", false);
            rank++;
        }
        event.replyEmbeds(embed.build()).queue();
    }
}
