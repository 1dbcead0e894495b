package cn.gov.talent.reminder;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The reminder rules' settings ({@code talent.reminders.*}; documented in docs/architecture.md). Each rule has
 * the working days before its deadline on which to remind ({@code before}, e.g. 3,1; 0 is the deadline's own
 * day) and the working day after it on which to escalate ({@code escalate-after}, 1 the first working day after;
 * 0 never). A day the job did not run (the application was down) is caught up for {@code catch-up-days}
 * calendar days, the latest stage only; older ones are dropped rather than sent late. When the job runs is
 * {@code talent.reminders.cron} in {@code talent.reminders.zone} (read by {@link ReminderJob}).
 */
@ConfigurationProperties("talent.reminders")
public class ReminderProperties {

    /** The most working days before or after a deadline a rule may name: the run reads a window of the calendar. */
    static final int MAX_WORKING_DAYS = 20;

    private int catchUpDays = 7;

    private final Rule employerDeadline = new Rule(List.of(3, 1), 1);

    private final Rule recommenderDeadline = new Rule(List.of(3, 1), 1);

    private final Rule expertReview = new Rule(List.of(3, 1), 1);

    private final Rule investigation = new Rule(List.of(3, 1), 1);

    private final Rule yearlyReport = new Rule(List.of(10, 3), 1);

    private final Rule trancheCondition = new Rule(List.of(10, 3), 1);

    public int getCatchUpDays() {
        return catchUpDays;
    }

    public void setCatchUpDays(int catchUpDays) {
        if (catchUpDays < 0 || catchUpDays > 31) {
            throw new IllegalArgumentException("talent.reminders.catch-up-days is 0 to 31 days, not " + catchUpDays);
        }
        this.catchUpDays = catchUpDays;
    }

    public Rule getEmployerDeadline() {
        return employerDeadline;
    }

    public Rule getRecommenderDeadline() {
        return recommenderDeadline;
    }

    public Rule getExpertReview() {
        return expertReview;
    }

    public Rule getInvestigation() {
        return investigation;
    }

    public Rule getYearlyReport() {
        return yearlyReport;
    }

    public Rule getTrancheCondition() {
        return trancheCondition;
    }

    /** The settings of one rule. */
    public Rule rule(ReminderRule rule) {
        return switch (rule) {
            case EMPLOYER_DEADLINE -> employerDeadline;
            case RECOMMENDER_DEADLINE -> recommenderDeadline;
            case EXPERT_REVIEW -> expertReview;
            case INVESTIGATION -> investigation;
            case YEARLY_REPORT -> yearlyReport;
            case TRANCHE_CONDITION -> trancheCondition;
        };
    }

    /** One rule: whether it runs, the working days before its deadline to remind on, the working day after to escalate on. */
    public static class Rule {

        private boolean enabled = true;

        private List<Integer> before;

        private int escalateAfter;

        public Rule() {
            this(List.of(3, 1), 1);
        }

        Rule(List<Integer> before, int escalateAfter) {
            this.before = new ArrayList<>(before);
            this.escalateAfter = escalateAfter;
        }

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public List<Integer> getBefore() {
            return before;
        }

        public void setBefore(List<Integer> before) {
            for (Integer days : before) {
                if (days == null || days < 0 || days > MAX_WORKING_DAYS) {
                    throw new IllegalArgumentException("A reminder is 0 to " + MAX_WORKING_DAYS
                            + " working days before its deadline, not " + days);
                }
            }
            this.before = new ArrayList<>(before);
        }

        public int getEscalateAfter() {
            return escalateAfter;
        }

        public void setEscalateAfter(int escalateAfter) {
            if (escalateAfter < 0 || escalateAfter > MAX_WORKING_DAYS) {
                throw new IllegalArgumentException("An escalation is 1 to " + MAX_WORKING_DAYS
                        + " working days after its deadline (0: none), not " + escalateAfter);
            }
            this.escalateAfter = escalateAfter;
        }
    }
}
