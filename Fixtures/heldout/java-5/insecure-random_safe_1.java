package net.blockcraft.claims;

import java.security.SecureRandom;
import java.util.Random;
import org.bukkit.ChatColor;
import org.bukkit.command.Command;
import org.bukkit.command.CommandExecutor;
import org.bukkit.command.CommandSender;
import org.bukkit.entity.Player;

/** /linkdiscord: gives the player a one-time code to paste into the Discord bot, which links the accounts. */
public final class LinkCommand implements CommandExecutor {

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final String[] TIPS = {"Tip: /help link", "Tip: codes are single use", "Tip: ask a mod if stuck"};

    private final SecureRandom random = new SecureRandom();
    private final Random tipPicker = new Random();
    private final PendingLinks pending;

    public LinkCommand(PendingLinks pending) {
        this.pending = pending;
    }

    @Override
    public boolean onCommand(CommandSender sender, Command command, String label, String[] args) {
        if (!(sender instanceof Player)) {
            sender.sendMessage("Players only");
            return true;
        }
        Player player = (Player) sender;
        String code = nextCode(8);
        pending.put(code, player.getUniqueId());
        player.sendMessage(ChatColor.AQUA + "Send this to the bot within 5 minutes: " + ChatColor.WHITE + code);
        player.sendMessage(ChatColor.GRAY + TIPS[tipPicker.nextInt(TIPS.length)]);
        return true;
    }

    private String nextCode(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }
}
