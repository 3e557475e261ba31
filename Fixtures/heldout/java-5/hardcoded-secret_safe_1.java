package net.blockcraft.relay;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.bukkit.event.EventHandler;
import org.bukkit.event.Listener;
import org.bukkit.event.player.AsyncPlayerChatEvent;
import org.bukkit.plugin.java.JavaPlugin;

/** Mirrors in-game chat to the community Discord channel through a webhook set in config.yml. */
public final class ChatRelayPlugin extends JavaPlugin implements Listener {

    private static final String WEBHOOK_CONFIG_KEY = "discord.webhook-url";
    private static final String RELAY_KEY_HEADER = "X-Relay-Key";
    private static final String RELAY_KEY_ENV = "CHAT_RELAY_KEY";

    private final HttpClient http = HttpClient.newHttpClient();
    private String webhookUrl;
    private String relayKey;

    @Override
    public void onEnable() {
        saveDefaultConfig();
        webhookUrl = getConfig().getString(WEBHOOK_CONFIG_KEY, "");
        relayKey = System.getenv(RELAY_KEY_ENV);
        if (webhookUrl.isEmpty() || relayKey == null) {
            getLogger().warning("Chat relay disabled: set " + WEBHOOK_CONFIG_KEY + " and " + RELAY_KEY_ENV);
            return;
        }
        getServer().getPluginManager().registerEvents(this, this);
    }

    @EventHandler
    public void onChat(AsyncPlayerChatEvent event) {
        String json = "{\"username\":\"" + event.getPlayer().getName() + "\",\"content\":\""
                + event.getMessage().replace("\"", "'") + "\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(webhookUrl))
                .header("Content-Type", "application/json")
                .header(RELAY_KEY_HEADER, relayKey)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
    }
}
