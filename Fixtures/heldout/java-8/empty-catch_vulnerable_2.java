package com.example.catalog;

import com.hazelcast.map.EntryProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;

class RefreshThumbnailProcessor implements EntryProcessor<String, Product, Boolean> {
    private final String cdnBase;

    RefreshThumbnailProcessor(String cdnBase) {
        this.cdnBase = cdnBase;
    }

    @Override
    public Boolean process(Map.Entry<String, Product> entry) {
        Product product = entry.getValue();
        InputStream in = null;
        try {
            in = new URL(cdnBase + "/thumbs/" + product.getSku() + ".webp").openStream();
            product.setThumbnail(in.readAllBytes());
            entry.setValue(product);
            return true;
        } catch (IOException e) {
            return false;
        } finally {
            if (in != null) {
                try {
                    in.close();
                } catch (IOException e) { // expect: empty-catch
                }
            }
        }
    }
}
