package net.blockcraft.backup;

import java.io.IOException;
import java.util.logging.Level;
import org.bukkit.ChatColor;
import org.bukkit.command.Command;
import org.bukkit.command.CommandExecutor;
import org.bukkit.command.CommandSender;
import org.bukkit.plugin.java.JavaPlugin;

public final class WorldBackupPlugin extends JavaPlugin implements CommandExecutor {

    @Override
    public void onEnable() {
        saveDefaultConfig();
        getCommand("snapshot").setExecutor(this);
    }

    @Override
    public boolean onCommand(CommandSender sender, Command command, String label, String[] args) {
        if (args.length < 1) {
            sender.sendMessage(ChatColor.RED + "Usage: /snapshot <world> [note]");
            return true;
        }
        String world = args[0];
        String note = args.length > 1 ? String.join(" ", java.util.Arrays.copyOfRange(args, 1, args.length)) : "manual";
        getServer().getScheduler().runTaskAsynchronously(this, () -> archive(sender, world, note));
        return true;
    }

    private void archive(CommandSender sender, String world, String note) {
        String target = getConfig().getString("backup-dir", "backups") + "/" + world + ".tar.gz";
        String script = "tar czf " + target + " " + world + " && echo '" + note + "' >> backups/notes.log";
        try {
            Process p = Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", script}); // expect: command-injection
            int code = p.waitFor();
            sender.sendMessage(code == 0 ? ChatColor.GREEN + "Snapshot written" : ChatColor.RED + "tar exited " + code);
        } catch (IOException e) {
            getLogger().log(Level.WARNING, "snapshot failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
