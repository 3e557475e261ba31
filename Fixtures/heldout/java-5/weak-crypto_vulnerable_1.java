package app.vault;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/** JavaFX controller of the desktop notes vault: unlocks and seals the notes file with the master password. */
public class VaultController {

    @FXML private PasswordField master;
    @FXML private TextArea notes;
    @FXML private Label status;

    private final VaultFile vaultFile = VaultFile.inUserHome();

    @FXML
    private void onUnlock() {
        try {
            byte[] sealed = Base64.getDecoder().decode(vaultFile.read());
            Cipher cipher = Cipher.getInstance("DESede/ECB/PKCS5Padding"); // expect: weak-crypto
            cipher.init(Cipher.DECRYPT_MODE, keyFrom(master.getText()));
            notes.setText(new String(cipher.doFinal(sealed), StandardCharsets.UTF_8));
            status.setText("Unlocked");
        } catch (GeneralSecurityException | java.io.IOException e) {
            status.setText("Wrong password or damaged vault");
        }
    }

    private static SecretKeySpec keyFrom(String password) throws GeneralSecurityException {
        MessageDigest md = MessageDigest.getInstance("MD5"); // expect: weak-crypto
        byte[] digest = md.digest(password.getBytes(StandardCharsets.UTF_8));
        byte[] key = Arrays.copyOf(digest, 24);
        System.arraycopy(digest, 0, key, 16, 8);
        return new SecretKeySpec(key, "DESede");
    }
}
