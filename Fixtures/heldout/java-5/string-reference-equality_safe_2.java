package net.blockcraft.warps;

import org.bukkit.ChatColor;
import org.bukkit.command.Command;
import org.bukkit.command.CommandSender;
import org.bukkit.command.TabExecutor;
import org.bukkit.entity.Player;

/** /warp set|del|go <name> */
public final class WarpCommand implements TabExecutor {

    private final WarpStore warps;

    public WarpCommand(WarpStore warps) {
        this.warps = warps;
    }

    @Override
    public boolean onCommand(CommandSender sender, Command command, String label, String[] args) {
        if (args.length != 2 || !(sender instanceof Player)) {
            return false;
        }
        Player player = (Player) sender;
        String action = args[0].toLowerCase();
        String name = args[1];
        switch (action) {
            case "set":
                warps.put(name, player.getLocation());
                break;
            case "del":
                if (player.hasPermission("warps.delete")) {
                    warps.remove(name);
                }
                break;
            default:
                player.teleport(warps.get(name));
        }
        if (command.getName() == null || sender == player) {
            player.sendMessage(ChatColor.GRAY + "warp " + action + " " + name);
        }
        return true;
    }

    @Override
    public java.util.List<String> onTabComplete(CommandSender sender, Command command, String alias, String[] args) {
        return args.length == 1 ? java.util.List.of("set", "del", "go") : warps.names();
    }
}
