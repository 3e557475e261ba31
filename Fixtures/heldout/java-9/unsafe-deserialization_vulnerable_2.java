package org.harbor.layout;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import java.io.IOException;
import org.apache.pekko.actor.AbstractActor;

/** Receives plugin settings pushed by the admin console and keeps the decoded object. */
class SettingsActor extends AbstractActor {

    record Push(String json) {}

    private final ObjectMapper mapper = new ObjectMapper();
    private Object current;

    SettingsActor() {
        var anyType = BasicPolymorphicTypeValidator.builder().allowIfBaseType(Object.class).build();
        mapper.activateDefaultTyping(anyType, ObjectMapper.DefaultTyping.EVERYTHING); // expect: unsafe-deserialization
    }

    @Override
    public Receive createReceive() {
        return receiveBuilder()
                .match(Push.class, push -> current = decode(push.json()))
                .matchEquals("get", msg -> getSender().tell(String.valueOf(current), getSelf()))
                .build();
    }

    private Object decode(String json) throws IOException {
        return mapper.readValue(json, Object.class);
    }
}
