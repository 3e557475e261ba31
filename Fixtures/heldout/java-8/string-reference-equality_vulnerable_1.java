package com.example.proxy;

import com.velocitypowered.api.command.SimpleCommand;
import com.velocitypowered.api.proxy.ProxyServer;
import net.kyori.adventure.text.Component;

final class LobbyAdminCommand implements SimpleCommand {
    private final ProxyServer proxy;
    private final LobbyRotation rotation;

    LobbyAdminCommand(ProxyServer proxy, LobbyRotation rotation) {
        this.proxy = proxy;
        this.rotation = rotation;
    }

    @Override
    public void execute(Invocation invocation) {
        String[] args = invocation.arguments();
        if (args.length == 0) {
            invocation.source().sendMessage(Component.text("usage: /lobbyadmin <reload|next>"));
            return;
        }
        String action = args[0].toLowerCase();
        if (action == "reload") { // expect: string-reference-equality
            rotation.reload();
            invocation.source().sendMessage(Component.text("rotation reloaded"));
        } else if (action == "next") { // expect: string-reference-equality
            rotation.advance(proxy.getAllServers());
            invocation.source().sendMessage(Component.text("now sending players to " + rotation.current()));
        }
    }

    @Override
    public boolean hasPermission(Invocation invocation) {
        return invocation.source().hasPermission("lobby.admin");
    }
}
