package com.shop.session;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;

public final class CartCodec {

    private static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(
            "com.shop.session.Cart;com.shop.session.CartLine;java.util.ArrayList;java.lang.*;"
                    + "maxdepth=5;maxrefs=500;maxbytes=65536;!*");

    private CartCodec() {
    }

    public static Cart decode(byte[] blob) throws IOException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(blob))) {
            in.setObjectInputFilter(FILTER);
            Object value = in.readObject();
            if (value instanceof Cart cart) {
                return cart;
            }
            throw new InvalidClassException("unexpected " + value.getClass().getName());
        } catch (ClassNotFoundException e) {
            throw new IOException("rejected cart payload", e);
        }
    }
}
