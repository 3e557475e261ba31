package com.example.ftp;

import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPFile;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Pulls the supplier's price lists from their FTP server every morning (Apache Commons Net). */
class PriceListFetcher {
    private final FTPClient ftp = new FTPClient();
    private final File inbox;

    PriceListFetcher(File inbox) {
        this.inbox = inbox;
    }

    int fetch(String host, String user, String password) throws IOException {
        ftp.connect(host);
        try {
            ftp.login(user, password);
            int fetched = 0;
            for (FTPFile remote : ftp.listFiles("/outgoing")) {
                if (!remote.getName().endsWith(".csv")) {
                    continue;
                }
                try (OutputStream out = new FileOutputStream(new File(inbox, "supplier-" + fetched + ".csv"))) {
                    if (ftp.retrieveFile("/outgoing/" + remote.getName(), out)) {
                        fetched++;
                    }
                }
            }
            ftp.logout();
            return fetched;
        } finally {
            ftp.disconnect();
        }
    }
}
