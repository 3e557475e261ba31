package com.example.proxy;

import com.google.inject.Inject;
import com.velocitypowered.api.event.Subscribe;
import com.velocitypowered.api.event.connection.PostLoginEvent;
import com.velocitypowered.api.plugin.Plugin;
import com.velocitypowered.api.proxy.ProxyServer;
import java.time.Duration; // expect: unused-import
import java.util.Optional; // expect: unused-import
import net.kyori.adventure.text.Component;
import org.slf4j.Logger;

@Plugin(id = "welcome", name = "Welcome", version = "1.2.0")
final class WelcomePlugin {
    private final ProxyServer proxy;
    private final Logger logger;

    @Inject
    public WelcomePlugin(ProxyServer proxy, Logger logger) {
        this.proxy = proxy;
        this.logger = logger;
    }

    @Subscribe
    public void onLogin(PostLoginEvent event) {
        int online = proxy.getPlayerCount();
        event.getPlayer().sendMessage(Component.text("Welcome! " + online + " players online."));
        logger.info("{} joined ({} online)", event.getPlayer().getUsername(), online);
    }
}
