package org.harbor.layout;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import org.apache.pekko.actor.AbstractActor;

/** Receives plugin settings pushed by the admin console and keeps the decoded object. */
class SettingsActor extends AbstractActor {

    record Push(String json) {}

    record Settings(String theme, int refreshSeconds, Map<String, String> labels) {}

    private final ObjectMapper mapper = new ObjectMapper();
    private Settings current;

    @Override
    public Receive createReceive() {
        return receiveBuilder()
                .match(Push.class, push -> current = decode(push.json()))
                .matchEquals("get", msg -> getSender().tell(String.valueOf(current), getSelf()))
                .build();
    }

    private Settings decode(String json) throws IOException {
        return mapper.readValue(json, Settings.class);
    }
}
