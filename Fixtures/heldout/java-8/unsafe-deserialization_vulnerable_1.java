package com.example.fleet;

import io.nats.client.Connection;
import io.nats.client.Dispatcher;
import io.nats.client.Message;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;

class RouteUpdateSubscriber {
    private final RoutePlanner planner;

    RouteUpdateSubscriber(RoutePlanner planner) {
        this.planner = planner;
    }

    void start(Connection nc) {
        Dispatcher dispatcher = nc.createDispatcher(this::onMessage);
        dispatcher.subscribe("fleet.routes.*");
    }

    private void onMessage(Message msg) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(msg.getData()))) {
            RouteUpdate update = (RouteUpdate) in.readObject(); // expect: unsafe-deserialization
            planner.apply(msg.getSubject().substring("fleet.routes.".length()), update);
        } catch (IOException | ClassNotFoundException e) {
            planner.reject(msg.getSubject(), e.getMessage());
        }
    }
}
