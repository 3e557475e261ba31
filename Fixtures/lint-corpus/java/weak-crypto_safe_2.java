import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

public class StaticAssets {
    public SecretKey newKey() throws Exception {
        KeyGenerator gen = KeyGenerator.getInstance("AES");
        gen.init(256);
        return gen.generateKey();
    }

    /** Cache validator for the CDN: a collision costs a stale file, nothing more. */
    public static String etagFor(byte[] body) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(body));
    }
}
