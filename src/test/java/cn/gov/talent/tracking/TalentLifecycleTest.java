package cn.gov.talent.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.shared.Role;
import cn.gov.talent.tracking.TalentLifecycle.Facts;

/**
 * Every pair of talent status and event, checked against the table of DOMAIN.md "After selection"
 * and issue 13 written out here independently of the production table: an allowed pair succeeds for
 * its actor (with a reason where one is required and its guard's facts given) and for no other role;
 * every other pair is refused for everyone. Then each guard, with its fact missing and present.
 */
class TalentLifecycleTest {

    /** from, event, to, actor, and "reason" when a reason is required. */
    private static final String DOMAIN_TABLE = """
            ACTIVE REQUEST_WITHDRAWAL WITHDRAWAL_REQUESTED APPLICANT reason
            WITHDRAWAL_REQUESTED CANCEL_WITHDRAWAL ACTIVE APPLICANT
            WITHDRAWAL_REQUESTED APPROVE_WITHDRAWAL WITHDRAWN OFFICE
            WITHDRAWAL_REQUESTED REFUSE_WITHDRAWAL ACTIVE OFFICE reason
            ACTIVE PROPOSE_EXIT EXIT_PROPOSED EMPLOYER reason
            EXIT_PROPOSED FORWARD_EXIT EXIT_FORWARDED RECOMMENDER
            EXIT_PROPOSED RETURN_EXIT ACTIVE RECOMMENDER reason
            EXIT_FORWARDED PERSUADE_OUT PERSUADED_OUT OFFICE
            EXIT_FORWARDED REVOKE REVOKED OFFICE
            EXIT_FORWARDED REJECT_EXIT ACTIVE OFFICE reason
            ACTIVE COMPLETE COMPLETED OFFICE
            ACTIVE FAIL_FINAL_ASSESSMENT REVOKED OFFICE reason
            """;

    private static final String REASON = "理由";

    private record Row(TalentStatus to, Role actor, boolean reasonRequired) {
    }

    private static Map<String, Row> expected() {
        Map<String, Row> rows = new HashMap<>();
        DOMAIN_TABLE.lines().map(String::trim).filter(line -> !line.isEmpty()).forEach(line -> {
            String[] cells = line.split(" ");
            rows.put(cells[0] + " " + cells[1], new Row(TalentStatus.valueOf(cells[2]), Role.valueOf(cells[3]),
                    cells.length > 4));
        });
        return rows;
    }

    static Stream<Arguments> everyPair() {
        return Arrays.stream(TalentStatus.values()).flatMap(status -> Arrays.stream(TalentEvent.values())
                .map(event -> Arguments.of(status, event)));
    }

    /** Facts under which the row's guard holds: a revocation pending, reminded once, the cycle ending. */
    private static Facts satisfied(TalentEvent event) {
        return new Facts(event == TalentEvent.PERSUADE_OUT ? ExitKind.PERSUASION : ExitKind.REVOCATION, 1, true);
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("everyPair")
    void eachPairIsAllowedExactlyWhenTheDomainTableSaysSoAndOnlyForItsActor(TalentStatus from, TalentEvent event) {
        Row row = expected().get(from + " " + event);
        Facts facts = satisfied(event);
        if (row == null) {
            assertThat(TalentLifecycle.find(from, event)).isEmpty();
            for (Actor actor : everyActor()) {
                assertRefused(() -> TalentLifecycle.decide(from, event, actor, REASON, facts),
                        "talent.refused.notAllowed");
            }
            return;
        }
        TalentLifecycle.Transition decided = TalentLifecycle.decide(from, event, person(row.actor()), REASON, facts);
        assertThat(decided.to()).isEqualTo(row.to());
        assertThat(decided.actor()).isEqualTo(row.actor());
        assertThat(decided.reasonRequired()).isEqualTo(row.reasonRequired());
        for (Actor other : everyActor()) {
            if (!other.has(row.actor())) {
                assertRefused(() -> TalentLifecycle.decide(from, event, other, REASON, facts),
                        "talent.refused.wrongActor");
            }
        }
        if (row.reasonRequired()) {
            for (String blank : new String[] {null, "", "   "}) {
                assertRefused(() -> TalentLifecycle.decide(from, event, person(row.actor()), blank, facts),
                        "talent.refused.reasonRequired");
            }
        } else {
            assertThat(TalentLifecycle.decide(from, event, person(row.actor()), null, facts).to()).isEqualTo(row.to());
        }
    }

    @Test
    void theProductionTableHasNoRowBeyondTheDomainTable() {
        assertThat(TalentLifecycle.table()).hasSize(expected().size());
        assertThat(TalentLifecycle.table()).allSatisfy(row -> assertThat(expected())
                .containsKey(row.from() + " " + row.event()));
    }

    @Test
    void endedStatesHaveNoWayOutAndTheOthersHave() {
        for (TalentStatus status : TalentStatus.values()) {
            boolean hasExit = TalentLifecycle.table().stream().anyMatch(row -> row.from() == status);
            assertThat(hasExit).as(status.name()).isEqualTo(!status.isEnded());
        }
        assertThat(EnumSet.allOf(TalentStatus.class).stream().filter(TalentStatus::isEnded))
                .containsExactlyInAnyOrder(TalentStatus.COMPLETED, TalentStatus.WITHDRAWN, TalentStatus.PERSUADED_OUT,
                        TalentStatus.REVOKED);
    }

    @Test
    void theCertificateStandsWhileActiveWithAnExitPendingOrCompleted() {
        assertThat(EnumSet.allOf(TalentStatus.class).stream().filter(TalentStatus::certificateValid))
                .containsExactlyInAnyOrder(TalentStatus.ACTIVE, TalentStatus.WITHDRAWAL_REQUESTED,
                        TalentStatus.EXIT_PROPOSED, TalentStatus.EXIT_FORWARDED, TalentStatus.COMPLETED);
    }

    @Test
    void aPersuasionNeedsARecordedReminderFirst() {
        Actor employer = person(Role.EMPLOYER);
        assertRefused(() -> TalentLifecycle.decide(TalentStatus.ACTIVE, TalentEvent.PROPOSE_EXIT, employer, REASON,
                new Facts(ExitKind.PERSUASION, 0, false)), "talent.refused.guard.REMINDED_BEFORE");
        assertThat(TalentLifecycle.decide(TalentStatus.ACTIVE, TalentEvent.PROPOSE_EXIT, employer, REASON,
                new Facts(ExitKind.PERSUASION, 1, false)).to()).isEqualTo(TalentStatus.EXIT_PROPOSED);
        // a revocation (fraud, misconduct, law-breaking) needs no reminder
        assertThat(TalentLifecycle.decide(TalentStatus.ACTIVE, TalentEvent.PROPOSE_EXIT, employer, REASON,
                new Facts(ExitKind.REVOCATION, 0, false)).to()).isEqualTo(TalentStatus.EXIT_PROPOSED);
    }

    @Test
    void theOfficeDecidesAPersuasionAsAPersuasionAndARevocationAsARevocation() {
        Actor office = person(Role.OFFICE);
        Facts persuasion = new Facts(ExitKind.PERSUASION, 1, false);
        Facts revocation = new Facts(ExitKind.REVOCATION, 0, false);
        assertThat(TalentLifecycle.decide(TalentStatus.EXIT_FORWARDED, TalentEvent.PERSUADE_OUT, office, null,
                persuasion).to()).isEqualTo(TalentStatus.PERSUADED_OUT);
        assertRefused(() -> TalentLifecycle.decide(TalentStatus.EXIT_FORWARDED, TalentEvent.PERSUADE_OUT, office,
                null, revocation), "talent.refused.guard.PROPOSED_AS_PERSUASION");
        assertRefused(() -> TalentLifecycle.decide(TalentStatus.EXIT_FORWARDED, TalentEvent.PERSUADE_OUT, office,
                null, Facts.NONE), "talent.refused.guard.PROPOSED_AS_PERSUASION");
        assertThat(TalentLifecycle.decide(TalentStatus.EXIT_FORWARDED, TalentEvent.REVOKE, office, null,
                revocation).to()).isEqualTo(TalentStatus.REVOKED);
        assertRefused(() -> TalentLifecycle.decide(TalentStatus.EXIT_FORWARDED, TalentEvent.REVOKE, office, null,
                persuasion), "talent.refused.guard.PROPOSED_AS_REVOCATION");
        assertRefused(() -> TalentLifecycle.decide(TalentStatus.EXIT_FORWARDED, TalentEvent.REVOKE, office, null,
                Facts.NONE), "talent.refused.guard.PROPOSED_AS_REVOCATION");
        // rejecting either kind keeps the person in the cycle
        for (Facts facts : List.of(persuasion, revocation)) {
            assertThat(TalentLifecycle.decide(TalentStatus.EXIT_FORWARDED, TalentEvent.REJECT_EXIT, office, REASON,
                    facts).to()).isEqualTo(TalentStatus.ACTIVE);
        }
    }

    @Test
    void theFinalAssessmentComesOnlyAtTheEndOfTheCycle() {
        Actor office = person(Role.OFFICE);
        Facts midCycle = new Facts(null, 0, false);
        Facts ending = new Facts(null, 0, true);
        assertRefused(() -> TalentLifecycle.decide(TalentStatus.ACTIVE, TalentEvent.COMPLETE, office, null, midCycle),
                "talent.refused.guard.CYCLE_ENDING");
        assertRefused(() -> TalentLifecycle.decide(TalentStatus.ACTIVE, TalentEvent.FAIL_FINAL_ASSESSMENT, office,
                REASON, midCycle), "talent.refused.guard.CYCLE_ENDING");
        assertThat(TalentLifecycle.decide(TalentStatus.ACTIVE, TalentEvent.COMPLETE, office, null, ending).to())
                .isEqualTo(TalentStatus.COMPLETED);
        assertThat(TalentLifecycle.decide(TalentStatus.ACTIVE, TalentEvent.FAIL_FINAL_ASSESSMENT, office, REASON,
                ending).to()).isEqualTo(TalentStatus.REVOKED);
    }

    @Test
    void theOtherRowsHaveNoGuard() {
        Set<TalentEvent> guarded = EnumSet.of(TalentEvent.PROPOSE_EXIT, TalentEvent.PERSUADE_OUT, TalentEvent.REVOKE,
                TalentEvent.COMPLETE, TalentEvent.FAIL_FINAL_ASSESSMENT);
        TalentLifecycle.table().stream().filter(row -> !guarded.contains(row.event())).forEach(row -> assertThat(
                TalentLifecycle.decide(row.from(), row.event(), person(row.actor()), REASON, Facts.NONE).to())
                .as(row.from() + " " + row.event()).isEqualTo(row.to()));
    }

    @Test
    void eventsForARoleListOnlyWhatThatRoleMayDo() {
        assertThat(TalentLifecycle.eventsFor(TalentStatus.ACTIVE, Set.of(Role.APPLICANT)))
                .containsExactly(TalentEvent.REQUEST_WITHDRAWAL);
        assertThat(TalentLifecycle.eventsFor(TalentStatus.ACTIVE, Set.of(Role.EMPLOYER)))
                .containsExactly(TalentEvent.PROPOSE_EXIT);
        assertThat(TalentLifecycle.eventsFor(TalentStatus.ACTIVE, Set.of(Role.OFFICE)))
                .containsExactlyInAnyOrder(TalentEvent.COMPLETE, TalentEvent.FAIL_FINAL_ASSESSMENT);
        assertThat(TalentLifecycle.eventsFor(TalentStatus.EXIT_PROPOSED, Set.of(Role.RECOMMENDER)))
                .containsExactlyInAnyOrder(TalentEvent.FORWARD_EXIT, TalentEvent.RETURN_EXIT);
        assertThat(TalentLifecycle.eventsFor(TalentStatus.EXIT_FORWARDED, Set.of(Role.OFFICE)))
                .containsExactlyInAnyOrder(TalentEvent.PERSUADE_OUT, TalentEvent.REVOKE, TalentEvent.REJECT_EXIT);
        assertThat(TalentLifecycle.eventsFor(TalentStatus.EXIT_FORWARDED, Set.of(Role.EMPLOYER, Role.RECOMMENDER,
                Role.APPLICANT, Role.SUPERVISOR))).isEmpty();
        for (TalentStatus ended : List.of(TalentStatus.COMPLETED, TalentStatus.WITHDRAWN, TalentStatus.PERSUADED_OUT,
                TalentStatus.REVOKED)) {
            assertThat(TalentLifecycle.eventsFor(ended, EnumSet.allOf(Role.class))).as(ended.name()).isEmpty();
        }
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Refusal.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(key));
    }

    private static Actor person(Role role) {
        return new Actor(1L, role.name().toLowerCase(), Set.of(role), 1, "/1/");
    }

    private static List<Actor> everyActor() {
        var actors = new ArrayList<Actor>();
        for (Role role : Role.values()) {
            actors.add(person(role));
        }
        actors.add(Actor.system("system"));
        return actors;
    }
}
