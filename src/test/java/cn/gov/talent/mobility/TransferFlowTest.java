package cn.gov.talent.mobility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

import cn.gov.talent.mobility.TransferFlow.Facts;
import cn.gov.talent.shared.Refusal;

/**
 * Every pair of transfer state and event, checked against 002 art. 32 as issue 15 writes it out (本人提出申请 →
 * 转出单位同意 → 接收单位材料汇总 → 主管部门审核 → 专项办审批, refused at any step with a reason, withdrawn by the person until the office decides), here independently
 * of the production table: an allowed pair succeeds for its party (with a reason where one is required and
 * its guard's facts given) and for no other party; every other pair is refused for every party. Then each
 * guard, with its fact missing and present.
 */
class TransferFlowTest {

    /** from, event, to, party, and "reason" when a reason is required. */
    private static final String ARTICLE_32 = """
            REQUESTED CONSENT_TRANSFER CONSENTED CURRENT_EMPLOYER
            REQUESTED REFUSE_TRANSFER REFUSED CURRENT_EMPLOYER reason
            CONSENTED COMPILE_TRANSFER COMPILED RECEIVING_EMPLOYER
            CONSENTED REFUSE_TRANSFER REFUSED RECEIVING_EMPLOYER reason
            COMPILED REVIEW_TRANSFER REVIEWED SUPERVISING_UNIT
            COMPILED REFUSE_TRANSFER REFUSED SUPERVISING_UNIT reason
            REVIEWED APPROVE_TRANSFER APPROVED OFFICE
            REVIEWED REFUSE_TRANSFER REFUSED OFFICE reason
            REQUESTED WITHDRAW_TRANSFER WITHDRAWN PERSON
            CONSENTED WITHDRAW_TRANSFER WITHDRAWN PERSON
            COMPILED WITHDRAW_TRANSFER WITHDRAWN PERSON
            REVIEWED WITHDRAW_TRANSFER WITHDRAWN PERSON
            """;

    private static final String REASON = "理由";

    /** Facts under which every guard holds: materials on file, the panel needed and agreeing. */
    private static final Facts MET = new Facts(1, true, true);

    private record Row(TransferStatus to, TransferParty party, boolean reasonRequired) {
    }

    private static Map<String, Row> expected() {
        Map<String, Row> rows = new HashMap<>();
        ARTICLE_32.lines().map(String::trim).filter(line -> !line.isEmpty()).forEach(line -> {
            String[] cells = line.split(" ");
            rows.put(cells[0] + " " + cells[1], new Row(TransferStatus.valueOf(cells[2]),
                    TransferParty.valueOf(cells[3]), cells.length > 4));
        });
        return rows;
    }

    static Stream<Arguments> everyPair() {
        return Arrays.stream(TransferStatus.values()).flatMap(status -> Arrays.stream(TransferEvent.values())
                .map(event -> Arguments.of(status, event)));
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("everyPair")
    void eachPairIsAllowedExactlyWhenArticle32SaysSoAndOnlyForItsParty(TransferStatus from, TransferEvent event) {
        Row row = expected().get(from + " " + event);
        if (row == null) {
            assertThat(TransferFlow.find(from, event)).isEmpty();
            // not even someone who is every party at once
            assertRefused(() -> TransferFlow.decide(from, event, EnumSet.allOf(TransferParty.class), REASON, MET),
                    "transfer.refused.notAllowed");
            for (TransferParty party : TransferParty.values()) {
                assertRefused(() -> TransferFlow.decide(from, event, Set.of(party), REASON, MET),
                        "transfer.refused.notAllowed");
            }
            return;
        }
        TransferFlow.Transition decided = TransferFlow.decide(from, event, Set.of(row.party()), REASON, MET);
        assertThat(decided.to()).isEqualTo(row.to());
        assertThat(decided.party()).isEqualTo(row.party());
        assertThat(decided.reasonRequired()).isEqualTo(row.reasonRequired());
        for (TransferParty other : TransferParty.values()) {
            if (other != row.party()) {
                assertRefused(() -> TransferFlow.decide(from, event, Set.of(other), REASON, MET),
                        "transfer.refused.wrongParty");
            }
        }
        assertRefused(() -> TransferFlow.decide(from, event, Set.of(), REASON, MET), "transfer.refused.wrongParty");
        if (row.reasonRequired()) {
            for (String blank : new String[] {null, "", "   "}) {
                assertRefused(() -> TransferFlow.decide(from, event, Set.of(row.party()), blank, MET),
                        "transfer.refused.reasonRequired");
            }
        } else {
            assertThat(TransferFlow.decide(from, event, Set.of(row.party()), null, MET).to()).isEqualTo(row.to());
        }
    }

    @Test
    void theProductionTableHasNoRowBeyondArticle32() {
        assertThat(TransferFlow.table()).hasSize(expected().size());
        assertThat(TransferFlow.table()).allSatisfy(row -> assertThat(expected())
                .containsKey(row.from() + " " + row.event()));
    }

    @Test
    void aDecidedTransferHasNoWayOutAndAnOpenOneCanBeRefusedAtItsStep() {
        for (TransferStatus status : TransferStatus.values()) {
            boolean hasExit = TransferFlow.table().stream().anyMatch(row -> row.from() == status);
            assertThat(hasExit).as(status.name()).isEqualTo(status.isOpen());
            if (status.isOpen()) {
                TransferParty party = TransferFlow.nextParty(status).orElseThrow();
                assertThat(TransferFlow.find(status, TransferEvent.REFUSE_TRANSFER)).as(status.name())
                        .hasValueSatisfying(row -> assertThat(row.party()).isEqualTo(party));
            } else {
                assertThat(TransferFlow.nextParty(status)).as(status.name()).isEmpty();
            }
        }
        assertThat(EnumSet.allOf(TransferStatus.class).stream().filter(status -> !status.isOpen()))
                .containsExactlyInAnyOrder(TransferStatus.APPROVED, TransferStatus.REFUSED, TransferStatus.WITHDRAWN);
    }

    @Test
    void theStepsComeInTheOrderOfArticle32() {
        assertThat(TransferFlow.nextParty(TransferStatus.REQUESTED)).contains(TransferParty.CURRENT_EMPLOYER);
        assertThat(TransferFlow.nextParty(TransferStatus.CONSENTED)).contains(TransferParty.RECEIVING_EMPLOYER);
        assertThat(TransferFlow.nextParty(TransferStatus.COMPILED)).contains(TransferParty.SUPERVISING_UNIT);
        assertThat(TransferFlow.nextParty(TransferStatus.REVIEWED)).contains(TransferParty.OFFICE);
    }

    @Test
    void theReceivingEmployerCompilesOnlyWithMaterials() {
        Set<TransferParty> receiving = Set.of(TransferParty.RECEIVING_EMPLOYER);
        assertRefused(() -> TransferFlow.decide(TransferStatus.CONSENTED, TransferEvent.COMPILE_TRANSFER, receiving,
                null, new Facts(0, false, null)), "transfer.refused.guard.MATERIALS_COMPILED");
        assertThat(TransferFlow.decide(TransferStatus.CONSENTED, TransferEvent.COMPILE_TRANSFER, receiving, null,
                new Facts(2, false, null)).to()).isEqualTo(TransferStatus.COMPILED);
    }

    @Test
    void anEnterpriseToUniversityMoveIsApprovedOnlyWithTheAdvisoryPanelsAgreement() {
        Set<TransferParty> office = Set.of(TransferParty.OFFICE);
        for (Boolean notYetOrAgainst : new Boolean[] {null, false}) {
            assertRefused(() -> TransferFlow.decide(TransferStatus.REVIEWED, TransferEvent.APPROVE_TRANSFER, office,
                    null, new Facts(1, true, notYetOrAgainst)), "transfer.refused.guard.PANEL_AGREED_IF_REQUIRED");
        }
        assertThat(TransferFlow.decide(TransferStatus.REVIEWED, TransferEvent.APPROVE_TRANSFER, office, null,
                new Facts(1, true, true)).to()).isEqualTo(TransferStatus.APPROVED);
        // no panel needed: approved without one
        assertThat(TransferFlow.decide(TransferStatus.REVIEWED, TransferEvent.APPROVE_TRANSFER, office, null,
                new Facts(1, false, null)).to()).isEqualTo(TransferStatus.APPROVED);
        // refusing never waits for the panel
        assertThat(TransferFlow.decide(TransferStatus.REVIEWED, TransferEvent.REFUSE_TRANSFER, office, REASON,
                new Facts(1, true, null)).to()).isEqualTo(TransferStatus.REFUSED);
    }

    @Test
    void theOtherRowsHaveNoGuard() {
        Set<TransferEvent> guarded = EnumSet.of(TransferEvent.COMPILE_TRANSFER, TransferEvent.APPROVE_TRANSFER);
        TransferFlow.table().stream().filter(row -> !guarded.contains(row.event())).forEach(row -> assertThat(
                TransferFlow.decide(row.from(), row.event(), Set.of(row.party()), REASON, Facts.NONE).to())
                .as(row.from() + " " + row.event()).isEqualTo(row.to()));
    }

    @Test
    void eachPartySeesOnlyItsOwnStep() {
        assertThat(TransferFlow.eventsFor(TransferStatus.REQUESTED, Set.of(TransferParty.CURRENT_EMPLOYER)))
                .containsExactlyInAnyOrder(TransferEvent.CONSENT_TRANSFER, TransferEvent.REFUSE_TRANSFER);
        assertThat(TransferFlow.eventsFor(TransferStatus.REQUESTED, Set.of(TransferParty.RECEIVING_EMPLOYER,
                TransferParty.SUPERVISING_UNIT, TransferParty.OFFICE))).isEmpty();
        // the person only withdraws, at every open step
        for (TransferStatus open : List.of(TransferStatus.REQUESTED, TransferStatus.CONSENTED, TransferStatus.COMPILED,
                TransferStatus.REVIEWED)) {
            assertThat(TransferFlow.eventsFor(open, Set.of(TransferParty.PERSON))).as(open.name())
                    .containsExactly(TransferEvent.WITHDRAW_TRANSFER);
        }
        assertThat(TransferFlow.eventsFor(TransferStatus.CONSENTED, Set.of(TransferParty.RECEIVING_EMPLOYER)))
                .containsExactlyInAnyOrder(TransferEvent.COMPILE_TRANSFER, TransferEvent.REFUSE_TRANSFER);
        assertThat(TransferFlow.eventsFor(TransferStatus.COMPILED, Set.of(TransferParty.SUPERVISING_UNIT)))
                .containsExactlyInAnyOrder(TransferEvent.REVIEW_TRANSFER, TransferEvent.REFUSE_TRANSFER);
        assertThat(TransferFlow.eventsFor(TransferStatus.REVIEWED, Set.of(TransferParty.OFFICE)))
                .containsExactlyInAnyOrder(TransferEvent.APPROVE_TRANSFER, TransferEvent.REFUSE_TRANSFER);
        for (TransferStatus decided : List.of(TransferStatus.APPROVED, TransferStatus.REFUSED, TransferStatus.WITHDRAWN)) {
            assertThat(TransferFlow.eventsFor(decided, EnumSet.allOf(TransferParty.class))).as(decided.name()).isEmpty();
        }
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Refusal.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(key));
    }
}
