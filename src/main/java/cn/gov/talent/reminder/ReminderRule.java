package cn.gov.talent.reminder;

import cn.gov.talent.shared.Labelled;

/**
 * The deadlines the reminders chase, each with its settings' name under {@code talent.reminders} and its
 * notification messages ({@code notification.reminder.<key>.remind} and {@code .escalate}).
 */
public enum ReminderRule implements Labelled {

    /** A batch's employer deadline: the employers with applications still to check; escalated to their recommending unit. */
    EMPLOYER_DEADLINE("employerDeadline"),
    /** A batch's recommending-unit deadline (or the office's extension): the units with a list not forwarded; escalated to the office. */
    RECOMMENDER_DEADLINE("recommenderDeadline"),
    /** A review round's deadline: the experts with reviews not submitted; escalated to the office. */
    EXPERT_REVIEW("expertReview"),
    /** An objection's investigation due date: the recommending unit investigating; escalated to the office. */
    INVESTIGATION("investigation"),
    /** A yearly report's due date: the person who has not submitted it; escalated to the employer. */
    YEARLY_REPORT("yearlyReport"),
    /** A tranche's due date with its release condition open: the employer; escalated to the office. */
    TRANCHE_CONDITION("trancheCondition");

    private final String key;

    ReminderRule(String key) {
        this.key = key;
    }

    /** The rule's name in the message keys. */
    public String key() {
        return key;
    }

    public String remindMessage() {
        return "notification.reminder." + key + ".remind";
    }

    public String escalateMessage() {
        return "notification.reminder." + key + ".escalate";
    }

    @Override
    public String messageKey() {
        return "reminder.rule." + name();
    }
}
