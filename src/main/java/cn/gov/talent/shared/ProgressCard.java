package cn.gov.talent.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One piece of work under way on the home page (工作台), such as an open yearly batch: its stage, the next
 * date it is due by, what is overdue, its progress bars and the counts worth knowing.
 *
 * @param key identifies the card on the page (for example {@code batch-12})
 * @param title what the work is (the batch's title)
 * @param subtitle what it belongs to (the program's name)
 * @param stageKey the stage, as a message key
 * @param link where the work as a whole is dealt with
 * @param next the next date ahead (null: none is set)
 * @param overdue the dates past with work outstanding, the oldest first
 * @param bars the progress bars
 * @param notes further counts, each a message key taking the count as argument 0
 */
public record ProgressCard(String key, String title, String subtitle, String stageKey, String link, Milestone next,
        List<Milestone> overdue, List<ProgressBar> bars, List<WorkItem> notes) {

    /** Overdue cards first, the longest overdue first; then by the next date, the nearest first; then by title. */
    public static final Comparator<ProgressCard> MOST_URGENT_FIRST = Comparator
            .comparing((ProgressCard card) -> !card.isOverdue())
            .thenComparing(card -> card.isOverdue() ? card.overdue().get(0).date() : LocalDate.MAX)
            .thenComparing(card -> card.next() == null ? LocalDate.MAX : card.next().date())
            .thenComparing(ProgressCard::title);

    public ProgressCard {
        overdue = List.copyOf(overdue);
        bars = List.copyOf(bars);
        notes = List.copyOf(notes);
    }

    /**
     * The card of work with these dates: the nearest ahead is the next one, those past with work outstanding are
     * overdue (the oldest first), and those past with nothing outstanding are left out.
     */
    public static ProgressCard of(String key, String title, String subtitle, String stageKey, String link,
            Collection<Milestone> milestones, List<ProgressBar> bars, List<WorkItem> notes) {
        List<Milestone> dated = milestones.stream().filter(Objects::nonNull).toList();
        Milestone next = dated.stream().filter(Milestone::isAhead)
                .min(Comparator.comparing(Milestone::date)).orElse(null);
        List<Milestone> overdue = new ArrayList<>(dated.stream().filter(Milestone::isOverdue)
                .sorted(Comparator.comparing(Milestone::date)).toList());
        return new ProgressCard(key, title, subtitle, stageKey, link, next, overdue, bars, notes);
    }

    public boolean isOverdue() {
        return !overdue.isEmpty();
    }
}
