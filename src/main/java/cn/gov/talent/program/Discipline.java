package cn.gov.talent.program;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.springframework.context.MessageSource;

/**
 * 学科: a GB/T 13745-2009 first-level discipline, seeded by migration; reference data for every stage.
 * The table holds the Chinese names; the pages show each discipline and group in the reader's language
 * ({@code discipline.<code>}, {@code discipline.group.<group name>}), the stored name when a message is missing.
 */
@Entity
@Immutable
@Table(name = "discipline")
public class Discipline {

    @Id
    private String code;

    private String name;

    @Column(name = "group_name")
    private String groupName;

    @Column(name = "sort_order")
    private int sortOrder;

    protected Discipline() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getGroupName() {
        return groupName;
    }

    /** The discipline's name in the reader's language. */
    public String localName(MessageSource messages, Locale locale) {
        return nameOf(code, name, messages, locale);
    }

    /** Code and name, as lists and selections show a discipline: "110 数学", "110 Mathematics". */
    public String label(MessageSource messages, Locale locale) {
        return messages.getMessage("discipline.label", new Object[] {code, localName(messages, locale)}, locale);
    }

    /** Code, name and group (五大类): "110 数学（自然科学）", "110 Mathematics (Natural sciences)". */
    public String labelWithGroup(MessageSource messages, Locale locale) {
        return messages.getMessage("discipline.labelWithGroup",
                new Object[] {code, localName(messages, locale), groupLabel(groupName, messages, locale)}, locale);
    }

    /** A discipline's name in the reader's language, from its code; the stored name when no message has it. */
    public static String nameOf(String code, String storedName, MessageSource messages, Locale locale) {
        return code == null ? storedName : messages.getMessage("discipline." + code, null, storedName, locale);
    }

    /** A discipline group (as stored, in Chinese) in the reader's language. */
    public static String groupLabel(String group, MessageSource messages, Locale locale) {
        return group == null ? null : messages.getMessage("discipline.group." + group, null, group, locale);
    }
}
