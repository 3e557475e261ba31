package org.shop.web;

import java.io.IOException;
import java.util.ServiceLoader;
import java.util.logging.Logger;

public class PaymentPluginLoader {

    private static final Logger LOG = Logger.getLogger("plugins");

    public int loadAll() {
        int loaded = 0;
        for (PaymentPlugin plugin : ServiceLoader.load(PaymentPlugin.class)) {
            try {
                plugin.init();
                loaded++;
            } catch (IOException | RuntimeException e) {
                LOG.warning(plugin.getClass().getName() + " disabled: " + e);
            }
        }
        return loaded;
    }

    public void shutdown(PaymentPlugin plugin) throws Exception {
        try {
            plugin.close();
        } catch (IllegalStateException e) {
            LOG.fine("already closed: " + e.getMessage());
        }
    }
}
