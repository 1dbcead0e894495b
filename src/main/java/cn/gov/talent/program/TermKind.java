package cn.gov.talent.program;

import cn.gov.talent.shared.Labelled;

/**
 * Whether a category is a short-term (创新短期) or long-term (创新长期) project, as the office marks it: 002
 * art. 33 encourages a change from short to long and does not allow one from long to short.
 */
public enum TermKind implements Labelled {
    SHORT,
    LONG;

    @Override
    public String messageKey() {
        return "category.termKind." + name();
    }
}
