package net.blockcraft.auth;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.bukkit.entity.Player;
import org.bukkit.plugin.java.JavaPlugin;

/** Encrypts the per-player login tokens that the proxy hands to the lobby server. */
public final class LoginTokenCodec {

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public LoginTokenCodec(JavaPlugin plugin) throws GeneralSecurityException {
        KeyGenerator generator = KeyGenerator.getInstance("AES");
        generator.init(256);
        this.key = generator.generateKey();
        plugin.getLogger().info("login token key ready (AES-256-GCM; DES tokens from 1.x are no longer accepted)");
    }

    public String seal(Player player, long expiresAt) throws GeneralSecurityException {
        String payload = player.getUniqueId() + "|" + expiresAt;
        byte[] iv = new byte[12];
        random.nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        byte[] body = cipher.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        ByteBuffer out = ByteBuffer.allocate(iv.length + body.length).put(iv).put(body);
        return Base64.getUrlEncoder().encodeToString(out.array());
    }
}
