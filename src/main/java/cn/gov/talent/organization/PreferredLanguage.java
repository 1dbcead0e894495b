package cn.gov.talent.organization;

import java.util.Locale;

import cn.gov.talent.shared.Labelled;

/** The language the user reads their mail in: Chinese, the default, or English. */
public enum PreferredLanguage implements Labelled {
    ZH_CN("zh-CN"),
    EN("en");

    private final String tag;

    PreferredLanguage(String tag) {
        this.tag = tag;
    }

    /** The language tag as stored ({@code app_user.preferred_language}) and used for the mail's messages. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    public static PreferredLanguage ofTag(String tag) {
        for (PreferredLanguage language : values()) {
            if (language.tag.equalsIgnoreCase(tag)) {
                return language;
            }
        }
        return ZH_CN;
    }

    @Override
    public String messageKey() {
        return "settings.language." + name();
    }
}
