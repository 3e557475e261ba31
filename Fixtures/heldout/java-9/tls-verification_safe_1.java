package org.harbor.telemetry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;

/** Connects the greenhouse gateway to the broker over TLS and publishes readings. */
class GatewayUplink {

    private final Path trustStore;

    GatewayUplink(Path trustStore) {
        this.trustStore = trustStore;
    }

    MqttClient connect(String brokerUri, String clientId)
            throws MqttException, GeneralSecurityException, IOException {
        KeyStore anchors = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(trustStore)) {
            anchors.load(in, null);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(anchors);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, tmf.getTrustManagers(), null);
        MqttConnectOptions options = new MqttConnectOptions();
        options.setSocketFactory(tls.getSocketFactory());
        options.setHttpsHostnameVerificationEnabled(true);
        options.setAutomaticReconnect(true);
        MqttClient client = new MqttClient(brokerUri, clientId);
        client.connect(options);
        return client;
    }
}
