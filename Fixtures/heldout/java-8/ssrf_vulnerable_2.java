package com.example.guildbot;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;

class LinkPreviewListener extends ListenerAdapter {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(4)).build();

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        String text = event.getMessage().getContentRaw();
        if (!text.startsWith("!preview ")) {
            return;
        }
        String link = text.substring("!preview ".length()).trim();
        HttpRequest request = HttpRequest.newBuilder(URI.create(link)).timeout(Duration.ofSeconds(6)).build();
        http.sendAsync(request, HttpResponse.BodyHandlers.ofString()) // expect: ssrf
                .thenAccept(resp -> event.getChannel().sendMessage(TitleExtractor.title(resp.body())).queue());
    }
}
