package cn.gov.talent.shared;

import java.util.Optional;

/**
 * One bar of a card on the home page: how much of a piece of work is done, such as 推荐单位报送进度 12/18.
 *
 * @param messageKey what is measured, as a message key without arguments
 * @param done how much is done, never more than {@code total}
 * @param total how much there is, more than zero
 * @param link where the work is dealt with
 */
public record ProgressBar(String messageKey, long done, long total, String link) {

    public ProgressBar {
        if (total <= 0 || done < 0 || done > total) {
            throw new IllegalArgumentException(messageKey + ": " + done + "/" + total);
        }
    }

    /** The bar for {@code done} of {@code total}, or none when there is nothing to measure. */
    public static Optional<ProgressBar> of(String messageKey, long done, long total, String link) {
        return total <= 0 ? Optional.empty()
                : Optional.of(new ProgressBar(messageKey, Math.min(done, total), total, link));
    }

    /** Whole percent, rounded down, so that 100 means everything is done. */
    public long percent() {
        return done * 100 / total;
    }

    public boolean isComplete() {
        return done == total;
    }
}
