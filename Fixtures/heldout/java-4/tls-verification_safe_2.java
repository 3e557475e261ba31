package com.example.fieldapp.net;

import okhttp3.CertificatePinner;
import okhttp3.OkHttpClient;

/**
 * Android field-service app: HTTP client for the customer's on-site gateway.
 * Gateways present certificates from the vendor CA shipped in res/raw and declared in
 * network_security_config.xml; the platform trust manager and hostname verifier stay in place,
 * and the vendor CA's key is pinned on top.
 */
public final class GatewayClientFactory {
    private static final String VENDOR_CA_PIN = "sha256/7HIpactkIAq2Y49orFOOQKurWxmmSFZhBCoQYcRhJ3Y=";

    private GatewayClientFactory() {
    }

    public static OkHttpClient create(String gatewayHost) {
        CertificatePinner pinner = new CertificatePinner.Builder()
                .add(gatewayHost, VENDOR_CA_PIN)
                .build();
        return new OkHttpClient.Builder()
                .certificatePinner(pinner)
                .build();
    }
}
