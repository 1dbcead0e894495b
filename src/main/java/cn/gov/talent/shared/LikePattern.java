package cn.gov.talent.shared;

/**
 * Turns what a user typed into a SQL LIKE prefix pattern with {@code \} as the escape character,
 * so that {@code %} and {@code _} match themselves and the index on the column can be used.
 */
public final class LikePattern {

    public static final char ESCAPE = '\\';

    private LikePattern() {
    }

    public static String startingWith(String typed) {
        return typed.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
