package org.harbor.sync;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.ExponentialBackoffRetry;

/** Joins the coordination ensemble with the cluster's digest credentials. */
final class EnsembleClient {

    private static final String ENSEMBLE = "zk1.harbor.internal:2181,zk2.harbor.internal:2181";
    private static final Path DIGEST_AUTH_FILE = Path.of("/run/secrets/zk-digest");

    private EnsembleClient() {}

    static CuratorFramework connect() throws IOException {
        String digestAuth = Files.readString(DIGEST_AUTH_FILE, StandardCharsets.UTF_8).trim();
        CuratorFramework client = CuratorFrameworkFactory.builder()
                .connectString(ENSEMBLE)
                .retryPolicy(new ExponentialBackoffRetry(1000, 5))
                .authorization("digest", digestAuth.getBytes(StandardCharsets.UTF_8))
                .build();
        client.start();
        return client;
    }
}
