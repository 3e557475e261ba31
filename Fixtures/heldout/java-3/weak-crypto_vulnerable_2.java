package io.forum.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

@Component
public class RememberMeTokens {

    private final SecretKeySpec streamKey;

    public RememberMeTokens(AuthProperties props) {
        this.streamKey = new SecretKeySpec(props.tokenKey(), "RC4");
    }

    public String seriesHash(String series, String username) throws NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-1"); // expect: weak-crypto
        byte[] digest = sha.digest((series + ":" + username).getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    public String sealCookie(String value) throws Exception {
        Cipher rc4 = Cipher.getInstance("RC4"); // expect: weak-crypto
        rc4.init(Cipher.ENCRYPT_MODE, streamKey);
        return Base64.getUrlEncoder().encodeToString(rc4.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    }
}
