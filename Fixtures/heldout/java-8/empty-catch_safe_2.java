package com.example.catalog;

import com.hazelcast.map.EntryProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

class RefreshThumbnailProcessor implements EntryProcessor<String, Product, Boolean> {
    private static final Logger LOG = Logger.getLogger(RefreshThumbnailProcessor.class.getName());
    private final String cdnBase;

    RefreshThumbnailProcessor(String cdnBase) {
        this.cdnBase = cdnBase;
    }

    @Override
    public Boolean process(Map.Entry<String, Product> entry) {
        Product product = entry.getValue();
        try (InputStream in = new URL(cdnBase + "/thumbs/" + product.getSku() + ".webp").openStream()) {
            product.setThumbnail(in.readAllBytes());
            entry.setValue(product);
            return true;
        } catch (IOException e) {
            LOG.log(Level.FINE, "thumbnail refresh failed for " + product.getSku(), e);
            return false;
        }
    }
}
