package com.example.grid;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetSocket;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;

/** Vert.x TCP endpoint where worker nodes push finished task results as serialized objects. */
public class ResultCollectorVerticle extends AbstractVerticle {
    private final ResultStore store;

    public ResultCollectorVerticle(ResultStore store) {
        this.store = store;
    }

    @Override
    public void start() {
        vertx.createNetServer()
             .connectHandler(this::onConnection)
             .listen(9400);
    }

    private void onConnection(NetSocket socket) {
        Buffer frame = Buffer.buffer();
        socket.handler(frame::appendBuffer);
        socket.endHandler(v -> {
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(frame.getBytes()))) {
                TaskResult result = (TaskResult) in.readObject(); // expect: unsafe-deserialization
                store.save(result);
            } catch (IOException | ClassNotFoundException e) {
                socket.close();
                System.err.println("bad frame from " + socket.remoteAddress() + ": " + e);
            }
        });
    }
}
