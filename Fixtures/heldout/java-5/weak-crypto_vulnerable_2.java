package net.blockcraft.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.bukkit.entity.Player;
import org.bukkit.plugin.java.JavaPlugin;

/** Encrypts the per-player login tokens that the proxy hands to the lobby server. */
public final class LoginTokenCodec {

    private final SecretKey key;

    public LoginTokenCodec(JavaPlugin plugin) throws GeneralSecurityException {
        KeyGenerator generator = KeyGenerator.getInstance("DES"); // expect: weak-crypto
        this.key = generator.generateKey();
        plugin.getLogger().info("login token key ready");
    }

    public String seal(Player player, long expiresAt) throws GeneralSecurityException {
        String payload = player.getUniqueId() + "|" + expiresAt;
        Cipher cipher = Cipher.getInstance("AES"); // expect: weak-crypto
        cipher.init(Cipher.ENCRYPT_MODE, wrapKey());
        return Base64.getUrlEncoder().encodeToString(cipher.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    }

    private javax.crypto.spec.SecretKeySpec wrapKey() {
        byte[] raw = java.util.Arrays.copyOf(key.getEncoded(), 16);
        return new javax.crypto.spec.SecretKeySpec(raw, "AES");
    }
}
