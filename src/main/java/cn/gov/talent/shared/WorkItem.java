package cn.gov.talent.shared;

/**
 * One line of "what is waiting for me" on the home page.
 *
 * @param messageKey what is waiting, as a message key taking the count as argument 0
 * @param count how many
 * @param link where to deal with it
 */
public record WorkItem(String messageKey, long count, String link) {
}
