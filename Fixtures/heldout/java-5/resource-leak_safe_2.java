package net.blockcraft.status;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.jar.JarFile;
import org.bukkit.plugin.java.JavaPlugin;

/** Queries the other servers of the network for their player counts (legacy status ping). */
public final class NetworkStatusPlugin extends JavaPlugin {

    @Override
    public void onEnable() {
        getLogger().info("bundled with " + bundledResourceCount() + " resources");
        getServer().getScheduler().runTaskTimerAsynchronously(this, this::pollAll, 20L, 20L * 30);
    }

    private void pollAll() {
        for (String address : getConfig().getStringList("servers")) {
            String[] hostPort = address.split(":");
            try {
                getLogger().fine(address + " -> " + ping(hostPort[0], Integer.parseInt(hostPort[1])));
            } catch (IOException e) {
                getLogger().warning(address + " unreachable: " + e.getMessage());
            }
        }
    }

    private int ping(String host, int port) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), 1500);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.writeByte(0xFE);
            DataInputStream in = new DataInputStream(socket.getInputStream());
            return in.readUnsignedByte();
        } finally {
            socket.close();
        }
    }

    private int bundledResourceCount() {
        try (JarFile jar = new JarFile(getFile())) {
            return jar.size();
        } catch (IOException e) {
            return -1;
        }
    }
}
