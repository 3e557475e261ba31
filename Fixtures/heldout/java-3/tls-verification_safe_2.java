package com.metrics.collector.tls;

import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Set;
import javax.net.ssl.X509TrustManager;

/** Verifies the chain with the platform trust manager, then also requires a pinned leaf key. */
public final class PinningTrustManager implements X509TrustManager {

    private final X509TrustManager platform;
    private final Set<String> pins;

    public PinningTrustManager(X509TrustManager platform, Set<String> pins) {
        this.platform = platform;
        this.pins = pins;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        platform.checkServerTrusted(chain, authType);
        try {
            byte[] spki = MessageDigest.getInstance("SHA-256").digest(chain[0].getPublicKey().getEncoded());
            if (!pins.contains(HexFormat.of().formatHex(spki))) {
                throw new CertificateException("server key is not pinned");
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new CertificateException(e);
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        platform.checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return platform.getAcceptedIssuers();
    }
}
