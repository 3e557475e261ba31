import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.QueueTrigger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

// Azure Function (queue trigger): encrypts card holder names before they land in the archive table.
class ArchiveEncryptor {
    private final SecretKeySpec key = new SecretKeySpec(KeyVault.archiveKey(), "AES");

    @FunctionName("archiveCardholder")
    public void run(@QueueTrigger(name = "msg", queueName = "cardholders", connection = "Storage") String message,
                    ExecutionContext context) throws GeneralSecurityException {
        CardholderRecord record = CardholderRecord.parse(message);
        Cipher cipher = Cipher.getInstance("AES"); // expect: weak-crypto
        cipher.init(Cipher.ENCRYPT_MODE, key);
        byte[] sealed = cipher.doFinal(record.holderName().getBytes(StandardCharsets.UTF_8));
        ArchiveTable.insert(record.id(), Base64.getEncoder().encodeToString(sealed));
        context.getLogger().info("archived cardholder " + record.id());
    }
}
