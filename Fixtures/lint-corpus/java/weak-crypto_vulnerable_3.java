import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

public class TokenSealer {
    private final SecretKeySpec key;

    public TokenSealer(byte[] raw) {
        this.key = new SecretKeySpec(raw, "Blowfish");
    }

    public byte[] seal(byte[] data) throws Exception {
        Cipher c = Cipher.getInstance("Blowfish"); // expect: weak-crypto
        c.init(Cipher.ENCRYPT_MODE, key);
        return c.doFinal(data);
    }
}
