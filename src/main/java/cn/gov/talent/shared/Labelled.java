package cn.gov.talent.shared;

/**
 * Something with a name on screen (a status, an event, a role...): a {@link Refusal} that carries
 * it as an argument shows the name in the reader's language, not the constant.
 */
public interface Labelled {

    /** The key of the message bundles that names it. */
    String messageKey();
}
