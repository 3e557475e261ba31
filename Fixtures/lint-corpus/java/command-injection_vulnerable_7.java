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
        String port = line.substring(6);
        Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", "pdu-ctl cycle " + port}); // expect: command-injection
        channel.send("OK");
    }
}
