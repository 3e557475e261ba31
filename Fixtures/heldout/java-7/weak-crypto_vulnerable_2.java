import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.IvParameterSpec;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

// Quartz job: nightly export of badge credentials to the door controllers (vendor format).
class BadgeExportJob implements Job {
    @Override
    public void execute(JobExecutionContext ctx) throws JobExecutionException {
        BadgeStore store = (BadgeStore) ctx.getMergedJobDataMap().get("store");
        try {
            for (Badge badge : store.activeBadges()) {
                store.writeExport(badge.id(), seal(store.vendorKey(), store.vendorIv(), badge.pin()), pinDigest(badge));
            }
        } catch (GeneralSecurityException e) {
            throw new JobExecutionException("badge export failed", e);
        }
    }

    private static byte[] seal(SecretKey key, byte[] iv, String pin) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("DESede/CBC/PKCS5Padding"); // expect: weak-crypto
        cipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(iv));
        return cipher.doFinal(pin.getBytes(StandardCharsets.US_ASCII));
    }

    private static String pinDigest(Badge badge) throws GeneralSecurityException {
        MessageDigest md = MessageDigest.getInstance("MD5"); // expect: weak-crypto
        md.update(badge.salt());
        return HexFormat.of().formatHex(md.digest(badge.pin().getBytes(StandardCharsets.US_ASCII)));
    }
}
