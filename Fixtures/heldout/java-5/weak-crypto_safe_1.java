package app.vault;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/** JavaFX controller of the desktop notes vault: unlocks the notes file with the master password. */
public class VaultController {

    @FXML private PasswordField master;
    @FXML private TextArea notes;
    @FXML private Label status;

    private final VaultFile vaultFile = VaultFile.inUserHome();

    @FXML
    private void onUnlock() {
        try {
            ByteBuffer sealed = ByteBuffer.wrap(Base64.getDecoder().decode(vaultFile.read()));
            byte[] salt = new byte[16];
            byte[] iv = new byte[12];
            sealed.get(salt).get(iv);
            byte[] body = new byte[sealed.remaining()];
            sealed.get(body);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, keyFrom(master.getText(), salt), new GCMParameterSpec(128, iv));
            notes.setText(new String(cipher.doFinal(body), StandardCharsets.UTF_8));
            status.setText("Unlocked");
        } catch (GeneralSecurityException | java.io.IOException e) {
            status.setText("Wrong password or damaged vault");
        }
    }

    private static SecretKeySpec keyFrom(String password, byte[] salt) throws GeneralSecurityException {
        SecretKeyFactory kdf = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        byte[] key = kdf.generateSecret(new PBEKeySpec(password.toCharArray(), salt, 310_000, 256)).getEncoded();
        return new SecretKeySpec(key, "AES");
    }
}
