import net.fabricmc.api.ModInitializer;
import net.fabricmc.fabric.api.event.lifecycle.v1.ServerTickEvents;
import net.minecraft.server.MinecraftServer;
import net.minecraft.server.network.ServerPlayerEntity;
import net.minecraft.text.Text;

// Fabric mod: announces the end of a timed event to every player.
class TimedEventMod implements ModInitializer {
    private long endsAtTick = -1;
    private long lastAnnouncedAt;

    @Override
    public void onInitialize() {
        ServerTickEvents.END_SERVER_TICK.register(this::onTick);
    }

    void start(MinecraftServer server, int minutes) {
        endsAtTick = server.getTicks() + minutes * 60L * 20L;
    }

    private void onTick(MinecraftServer server) {
        long now = System.currentTimeMillis();
        if (endsAtTick < 0 || server.getTicks() < endsAtTick) {
            return;
        }
        endsAtTick = -1;
        lastAnnouncedAt = now;
        server.getPlayerManager().getPlayerList().forEach(player -> {
            String name = player.getName().getString();
            announce(player, name);
        });
    }

    long lastAnnouncedAt() {
        return lastAnnouncedAt;
    }

    private static void announce(ServerPlayerEntity player, String name) {
        player.sendMessage(Text.literal("The event is over, " + name + "!"), false);
    }
}
