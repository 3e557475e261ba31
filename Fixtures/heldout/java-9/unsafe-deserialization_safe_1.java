package org.harbor.layout;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.recipes.cache.CuratorCache;
import org.apache.curator.framework.recipes.cache.CuratorCacheListener;

/** Dashboard layouts are saved by editors into ZooKeeper; every node watches and reloads them. */
class LayoutWatcher {

    record Tile(String widget, int row, int column, int width) {}

    record Layout(String title, List<Tile> tiles) {}

    interface LayoutSink {
        void apply(String path, Layout layout);
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final CuratorCache cache;

    LayoutWatcher(CuratorFramework client, LayoutSink sink) {
        this.cache = CuratorCache.build(client, "/dashboards/layouts");
        cache.listenable().addListener(CuratorCacheListener.builder()
                .forCreatesAndChanges((oldNode, node) -> sink.apply(node.getPath(), decode(node.getData())))
                .build());
    }

    void start() {
        cache.start();
    }

    private static Layout decode(byte[] data) {
        try {
            return MAPPER.readValue(data, Layout.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
