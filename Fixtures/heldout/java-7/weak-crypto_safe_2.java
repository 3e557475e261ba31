import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

// Quartz job: nightly export of badge credentials to the door controllers (current firmware format).
class BadgeExportJob implements Job {
    @Override
    public void execute(JobExecutionContext ctx) throws JobExecutionException {
        BadgeStore store = (BadgeStore) ctx.getMergedJobDataMap().get("store");
        try {
            for (Badge badge : store.activeBadges()) {
                store.writeExport(badge.id(), seal(store.vendorKey(), store.nextNonce(), badge.pin()), pinDigest(badge));
            }
        } catch (GeneralSecurityException e) {
            throw new JobExecutionException("badge export failed", e);
        }
    }

    private static byte[] seal(SecretKey key, byte[] nonce, String pin) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
        return cipher.doFinal(pin.getBytes(StandardCharsets.US_ASCII));
    }

    private static String pinDigest(Badge badge) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(badge.pin().toCharArray(), badge.salt(), 310_000, 256);
        byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        spec.clearPassword();
        return HexFormat.of().formatHex(derived);
    }
}
