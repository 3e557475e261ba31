package org.intranet.admin;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

public final class AccessRules {

    public enum Role { ADMIN, EDITOR, VIEWER }

    private AccessRules() {
    }

    public static boolean canPublish(Role role, String method) {
        return role == Role.ADMIN || (role == Role.EDITOR && "POST".equals(method));
    }

    public static boolean sameUser(String a, String b) {
        return Objects.equals(a, b);
    }

    public static boolean csrfMatches(String expected, String supplied) {
        if (expected == null || supplied == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), supplied.getBytes(StandardCharsets.UTF_8));
    }

    public static boolean isQuitKey(String line) {
        return line.length() == 1 && line.charAt(0) == 'q';
    }
}
