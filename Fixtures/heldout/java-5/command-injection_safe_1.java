package net.blockcraft.backup;

import java.io.File;
import java.io.IOException;
import java.util.logging.Level;
import org.bukkit.ChatColor;
import org.bukkit.World;
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
            sender.sendMessage(ChatColor.RED + "Usage: /snapshot <world>");
            return true;
        }
        World world = getServer().getWorld(args[0]);
        if (world == null) {
            sender.sendMessage(ChatColor.RED + "No such world");
            return true;
        }
        File folder = world.getWorldFolder();
        getServer().getScheduler().runTaskAsynchronously(this, () -> archive(sender, folder));
        return true;
    }

    private void archive(CommandSender sender, File folder) {
        File target = new File(getConfig().getString("backup-dir", "backups"), folder.getName() + ".tar.gz");
        ProcessBuilder pb = new ProcessBuilder("tar", "czf", target.getPath(), "--", folder.getName());
        pb.directory(folder.getParentFile());
        try {
            Process p = pb.start();
            int code = p.waitFor();
            sender.sendMessage(code == 0 ? ChatColor.GREEN + "Snapshot written" : ChatColor.RED + "tar exited " + code);
        } catch (IOException e) {
            getLogger().log(Level.WARNING, "snapshot failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
