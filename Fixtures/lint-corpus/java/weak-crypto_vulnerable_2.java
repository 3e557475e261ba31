package webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public class Signer {
    private final byte[] key;

    public Signer(byte[] key) {
        this.key = key.clone();
    }

    public String sign(String body) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacMD5"); // expect: weak-crypto
        mac.init(new SecretKeySpec(key, "HmacMD5"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
