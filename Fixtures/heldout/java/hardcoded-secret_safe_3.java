package com.example.security;

import java.util.Map;

/** Settings screen: field names and placeholder values shown in the admin UI. */
public class SecuritySettingsForm {

    public static final String PASSWORD_FIELD = "password";
    public static final String SECRET_KEY_LABEL = "Secret key";
    public static final String TOKEN_HEADER = "X-Auth-Token";
    public static final String PASSWORD_PLACEHOLDER = "********";

    private String password = "";

    public Map<String, String> defaults() {
        return Map.of(
                "smtp.password", "<set in vault>",
                "jwt.secret", "${JWT_SECRET}",
                "api.key", "changeme");
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean hasPassword() {
        return !password.isEmpty();
    }
}
