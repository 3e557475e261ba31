package com.example.guildbot;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;

class LinkPreviewListener extends ListenerAdapter {
    private static final Set<String> PREVIEW_HOSTS = Set.of("github.com", "www.youtube.com", "en.wikipedia.org");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(4)).build();

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        String text = event.getMessage().getContentRaw();
        if (!text.startsWith("!preview ")) {
            return;
        }
        URI link = URI.create(text.substring("!preview ".length()).trim());
        if (!"https".equals(link.getScheme()) || !PREVIEW_HOSTS.contains(link.getHost())) {
            event.getChannel().sendMessage("I only preview links from " + PREVIEW_HOSTS).queue();
            return;
        }
        HttpRequest request = HttpRequest.newBuilder(link).timeout(Duration.ofSeconds(6)).build();
        http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenAccept(resp -> event.getChannel().sendMessage(TitleExtractor.title(resp.body())).queue());
    }
}
