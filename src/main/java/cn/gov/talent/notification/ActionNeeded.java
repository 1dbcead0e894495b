package cn.gov.talent.notification;

import java.util.List;
import java.util.Set;

/**
 * Which messages ask their reader to act (审核, 评审, 补正, 报送…), as opposed to those that only inform: a
 * user who chose {@code ACTION_NEEDED} receives only these by mail. The rule, in this order: a key
 * listed in {@link #KEYS}; a key starting with one of {@link #PREFIXES} (every {@code notification.waiting.*}
 * tells the next actor it is their turn; reminders and escalations, {@code notification.reminder.*} and
 * {@code notification.escalation.*}, always ask for action). Everything else informs. A new message
 * that asks for action is added here; {@code ActionNeededTest} checks that every key listed exists.
 */
final class ActionNeeded {

    static final List<String> PREFIXES = List.of("notification.waiting.", "notification.reminder.",
            "notification.escalation.");

    static final Set<String> KEYS = Set.of(
            "notification.applicant.RETURNED",
            "notification.review.assigned",
            "notification.consultation.requested",
            "notification.objection.filed",
            "notification.objection.assigned",
            "notification.objection.findings",
            "notification.objection.question",
            "notification.objection.answered",
            "notification.objection.explanationRequested",
            "notification.objection.explained",
            "notification.talent.REQUEST_WITHDRAWAL",
            "notification.talent.PROPOSE_EXIT",
            "notification.talent.FORWARD_EXIT",
            "notification.talent.RETURN_EXIT",
            "notification.talent.report.SUBMITTED",
            "notification.talent.report.GRADED",
            "notification.talent.report.CONFIRMED",
            "notification.talent.report.RETURNED",
            "notification.transfer.REQUESTED",
            "notification.transfer.CONSENTED",
            "notification.transfer.COMPILED",
            "notification.transfer.REVIEWED",
            "notification.conversion.REQUESTED",
            "notification.funding.RECORD_CONTRACT",
            "notification.funding.RELEASE_TRANCHE",
            "notification.funding.CONVERTED",
            "notification.funding.REQUEST_EXTENSION",
            "notification.yearend.opened",
            "notification.yearend.RETURNED",
            "notification.yearend.reopened",
            "notification.yearend.reminder");

    private ActionNeeded() {
    }

    static boolean test(String messageKey) {
        return KEYS.contains(messageKey) || PREFIXES.stream().anyMatch(messageKey::startsWith);
    }
}
