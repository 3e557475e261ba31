package com.example.ftps;

import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPSClient;
import org.apache.commons.net.util.TrustManagerUtils;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Nightly job: uploads the settlement file to the acquirer's FTPS drop box (Apache Commons Net). */
class SettlementUploader {
    private final String host;
    private final String user;
    private final String password;

    SettlementUploader(String host, String user, String password) {
        this.host = host;
        this.user = user;
        this.password = password;
    }

    void upload(Path settlement) throws IOException {
        FTPSClient ftps = new FTPSClient("TLS", false);
        ftps.setTrustManager(TrustManagerUtils.getAcceptAllTrustManager()); // expect: tls-verification
        ftps.connect(host, 21);
        try (InputStream in = Files.newInputStream(settlement)) {
            if (!ftps.login(user, password)) {
                throw new IOException("login refused: " + ftps.getReplyString());
            }
            ftps.execPBSZ(0);
            ftps.execPROT("P");
            ftps.setFileType(FTP.BINARY_FILE_TYPE);
            ftps.storeFile(settlement.getFileName().toString(), in);
            ftps.logout();
        } finally {
            ftps.disconnect();
        }
    }
}
