package org.harbor.layout;

import java.beans.XMLDecoder;
import java.io.ByteArrayInputStream;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.recipes.cache.CuratorCache;
import org.apache.curator.framework.recipes.cache.CuratorCacheListener;

/** Dashboard layouts are saved by editors into ZooKeeper; every node watches and reloads them. */
class LayoutWatcher {

    interface LayoutSink {
        void apply(String path, Object layout);
    }

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

    private static Object decode(byte[] data) {
        try (XMLDecoder decoder = new XMLDecoder(new ByteArrayInputStream(data))) {
            return decoder.readObject(); // expect: unsafe-deserialization
        }
    }
}
