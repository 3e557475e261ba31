package net.blockcraft.shop;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bukkit.Material;
import org.bukkit.entity.Player;
import org.bukkit.event.EventHandler;
import org.bukkit.event.Listener;
import org.bukkit.event.inventory.InventoryClickEvent;
import org.bukkit.inventory.ItemStack;
import org.bukkit.scheduler.BukkitRunnable;

/** Sign-shop listener: clicking an item in the shop inventory buys it; restock runs every minute. */
public final class ShopListener implements Listener {

    private final Map<Material, Integer> prices = new ConcurrentHashMap<>();
    private final Wallets wallets;

    public ShopListener(Wallets wallets, Map<Material, Integer> priceList) {
        this.wallets = wallets;
        prices.putAll(priceList);
    }

    @EventHandler
    public void onClick(InventoryClickEvent event) {
        if (!"Shop".equals(event.getView().getTitle()) || !(event.getWhoClicked() instanceof Player)) {
            return;
        }
        event.setCancelled(true);
        ItemStack item = event.getCurrentItem();
        if (item == null) {
            return;
        }
        Player player = (Player) event.getWhoClicked();
        Integer price = prices.get(item.getType());
        if (price != null && wallets.withdraw(player.getUniqueId(), price)) {
            player.getInventory().addItem(new ItemStack(item.getType(), 1));
        }
    }

    public List<Material> stock() {
        return new ArrayList<>(prices.keySet());
    }

    public BukkitRunnable restockTask(Map<Material, Integer> defaults) {
        return new BukkitRunnable() {
            @Override
            public void run() {
                prices.putAll(defaults);
            }
        };
    }
}
