package com.example.mina;

import org.apache.mina.core.service.IoHandlerAdapter;
import org.apache.mina.core.session.IoSession;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** Apache MINA line protocol for the lab's device shelf: "PING host" runs a ping and answers with its output. */
class ShelfCommandHandler extends IoHandlerAdapter {

    @Override
    public void messageReceived(IoSession session, Object message) throws IOException, InterruptedException {
        String line = message.toString().trim();
        if (!line.startsWith("PING ")) {
            session.write("ERR unknown command");
            return;
        }
        String host = line.substring(5);
        Process process = Runtime.getRuntime().exec("ping -c 3 " + host); // expect: command-injection
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
