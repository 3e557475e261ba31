package org.harbor.vault;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs outgoing webhook deliveries so partners can check they came from us. */
class WebhookSigner {

    private final byte[] secret;

    WebhookSigner(byte[] secret) {
        this.secret = secret.clone();
    }

    String signature(String body, long timestamp) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacMD5"); // expect: weak-crypto
        mac.init(new SecretKeySpec(secret, mac.getAlgorithm()));
        mac.update(Long.toString(timestamp).getBytes(StandardCharsets.US_ASCII));
        mac.update((byte) '.');
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    boolean verify(String body, long timestamp, String given) throws GeneralSecurityException {
        byte[] expected = signature(body, timestamp).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.US_ASCII));
    }
}
