package net.blockcraft.relay;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.bukkit.event.EventHandler;
import org.bukkit.event.Listener;
import org.bukkit.event.player.AsyncPlayerChatEvent;
import org.bukkit.plugin.java.JavaPlugin;

/** Mirrors in-game chat to the community Discord channel through a webhook. */
public final class ChatRelayPlugin extends JavaPlugin implements Listener {

    private static final String WEBHOOK_URL =
            "https://discord.com/api/webhooks/1183320945512/Qm7xv2_LpT9rKd0sWc4ZyH1nBf8eJ3uGaV6oXtR5iE2q"; // expect: hardcoded-secret

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public void onEnable() {
        getServer().getPluginManager().registerEvents(this, this);
    }

    @EventHandler
    public void onChat(AsyncPlayerChatEvent event) {
        String json = "{\"username\":\"" + event.getPlayer().getName() + "\",\"content\":\""
                + event.getMessage().replace("\"", "'") + "\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(WEBHOOK_URL))
                .header("Content-Type", "application/json")
                .header("X-Relay-Key", "rk_9f2c41d7e08b4a6c93f5e1d2a7b8c6d4") // expect: hardcoded-secret
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
    }
}
