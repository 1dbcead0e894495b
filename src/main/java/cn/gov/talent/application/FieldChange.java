package cn.gov.talent.application;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;

/** One difference between two versions of a dossier: a field path, its value before and after. */
record FieldChange(String path, String before, String after) {

    private static final Pattern PATH = Pattern.compile("(\\w+)(?:\\[(\\d+)])?(?:\\.(\\w+))?");

    /** The path as an official reads it, e.g. "业绩成果 第 2 行 · 具体说明". */
    public String label(MessageSource messages, Locale locale) {
        Matcher matcher = PATH.matcher(path);
        if (!matcher.matches()) {
            return path;
        }
        StringBuilder label = new StringBuilder(name(matcher.group(1), messages, locale));
        if (matcher.group(2) != null) {
            label.append(' ').append(messages.getMessage("dossier.field.row", new Object[] {matcher.group(2)},
                    locale));
        }
        if (matcher.group(3) != null) {
            label.append(" · ").append(name(matcher.group(3), messages, locale));
        }
        return label.toString();
    }

    private static String name(String field, MessageSource messages, Locale locale) {
        return messages.getMessage("dossier.field." + field, null, field, locale);
    }
}
