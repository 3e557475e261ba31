package net.gameserver.protocol;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.io.Input;
import java.io.InputStream;
import java.util.ArrayList;

public class PacketReader {

    private final Kryo kryo = new Kryo();

    public PacketReader() {
        kryo.setRegistrationRequired(true);
        kryo.register(MovePacket.class, 10);
        kryo.register(ChatPacket.class, 11);
        kryo.register(ArrayList.class, 12);
        kryo.register(float[].class, 13);
    }

    public Object next(InputStream socketIn) {
        Input input = new Input(socketIn, 4096);
        Object packet = kryo.readClassAndObject(input);
        if (packet instanceof MovePacket || packet instanceof ChatPacket) {
            return packet;
        }
        throw new IllegalStateException("unexpected packet type");
    }
}
