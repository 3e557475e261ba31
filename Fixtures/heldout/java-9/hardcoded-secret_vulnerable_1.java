package org.harbor.sync;

import java.io.IOException;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.ExponentialBackoffRetry;

/** Joins the coordination ensemble with the cluster's digest credentials. */
final class EnsembleClient {

    private static final String ENSEMBLE = "zk1.harbor.internal:2181,zk2.harbor.internal:2181";
    private static final String DIGEST_AUTH = "sync-service:Vq7#rT2m!pLw9xZe"; // expect: hardcoded-secret

    private EnsembleClient() {}

    static CuratorFramework connect() throws IOException {
        CuratorFramework client = CuratorFrameworkFactory.builder()
                .connectString(ENSEMBLE)
                .retryPolicy(new ExponentialBackoffRetry(1000, 5))
                .authorization("digest", DIGEST_AUTH.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .build();
        client.start();
        return client;
    }
}
