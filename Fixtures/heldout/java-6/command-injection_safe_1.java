package com.example.mina;

import org.apache.mina.core.service.IoHandlerAdapter;
import org.apache.mina.core.session.IoSession;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Apache MINA line protocol for the lab's device shelf: "PING host" runs a ping and answers with its output. */
class ShelfCommandHandler extends IoHandlerAdapter {
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,252}");

    @Override
    public void messageReceived(IoSession session, Object message) throws IOException, InterruptedException {
        String line = message.toString().trim();
        if (!line.startsWith("PING ")) {
            session.write("ERR unknown command");
            return;
        }
        String host = line.substring(5);
        if (!HOST.matcher(host).matches()) {
            session.write("ERR bad host");
            return;
        }
        Process process = new ProcessBuilder("ping", "-c", "3", "--", host).start();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String row;
            while ((row = out.readLine()) != null) {
                session.write(row);
            }
        }
        session.write("EXIT " + process.waitFor());
    }
}
