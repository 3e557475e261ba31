package com.example.relay;

import java.io.IOException;

/** Relay for the lab's serial console server: a "RESET <port>" line power-cycles a port. */
class ConsoleLineHandler extends LineProtocolAdapter {

    @Override
    public void onLine(Channel channel, String line) throws IOException {
        if (!line.startsWith("RESET ")) {
            channel.send("ERR");
            return;
        }
        int port = Integer.parseInt(line.substring(6).trim());
        new ProcessBuilder("pdu-ctl", "cycle", Integer.toString(port)).start();
        channel.send("OK");
    }
}
