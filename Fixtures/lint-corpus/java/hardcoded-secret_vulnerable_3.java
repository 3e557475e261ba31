import com.amazonaws.auth.BasicAWSCredentials;

public class Backups {
    public BasicAWSCredentials credentials() {
        return new BasicAWSCredentials("backup-service", "wJalrXUtnFEMIK7MDENGbPxRfiCY3x9Q"); // expect: hardcoded-secret
    }
}
