import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.QueueTrigger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

// Azure Function (queue trigger): encrypts card holder names before they land in the archive table.
class ArchiveEncryptor {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKeySpec key = new SecretKeySpec(KeyVault.archiveKey(), "AES");

    @FunctionName("archiveCardholder")
    public void run(@QueueTrigger(name = "msg", queueName = "cardholders", connection = "Storage") String message,
                    ExecutionContext context) throws GeneralSecurityException {
        CardholderRecord record = CardholderRecord.parse(message);
        byte[] iv = new byte[12];
        RANDOM.nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        byte[] sealed = cipher.doFinal(record.holderName().getBytes(StandardCharsets.UTF_8));
        byte[] stored = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
        ArchiveTable.insert(record.id(), Base64.getEncoder().encodeToString(stored));
        context.getLogger().info("archived cardholder " + record.id());
    }
}
