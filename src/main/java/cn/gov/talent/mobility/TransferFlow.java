package cn.gov.talent.mobility;

import static cn.gov.talent.mobility.TransferEvent.*;
import static cn.gov.talent.mobility.TransferStatus.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.util.StringUtils;

import cn.gov.talent.shared.Refusal;

/**
 * 工作单位转换 (002 art. 32) as one table: 本人提出申请 → 转出单位同意 → 接收单位材料汇总 → 主管部门审核 →
 * 专项办审批, or refused at any step, with the reason, by whoever takes that step, or withdrawn by the person
 * before the office decides. A row says from which state
 * an event leads to which, which party takes it, what must hold and whether a reason is required; anything
 * not in the table is refused. The unit test walks every pair of state and event; docs/architecture.md
 * draws it. The request itself creates the transfer in {@link TransferStatus#REQUESTED}, once
 * {@link TransferRules} allow it.
 */
public final class TransferFlow {

    /** What must hold besides the row. */
    public enum Guard {
        NONE,
        /** The receiving employer compiles the materials: at least one file. */
        MATERIALS_COMPILED,
        /** 企业入选人员转到高等学校、科研机构工作，需经专家咨询顾问组审核: its favourable opinion is on file. */
        PANEL_AGREED_IF_REQUIRED;

        boolean holds(Facts facts) {
            return switch (this) {
                case NONE -> true;
                case MATERIALS_COMPILED -> facts.materials() > 0;
                case PANEL_AGREED_IF_REQUIRED -> !facts.panelRequired() || Boolean.TRUE.equals(facts.panelAgreed());
            };
        }
    }

    /**
     * What the guards look at: the files compiled, whether the advisory panel must be heard, and its
     * opinion (null: not yet recorded).
     */
    public record Facts(int materials, boolean panelRequired, Boolean panelAgreed) {

        public static final Facts NONE = new Facts(0, false, null);
    }

    /** One allowed transition. */
    public record Transition(TransferStatus from, TransferEvent event, TransferStatus to, TransferParty party,
            Guard guard, boolean reasonRequired) {
    }

    private static final List<Transition> TABLE;

    static {
        var table = new ArrayList<Transition>();
        // 转出单位同意, or not
        table.add(new Transition(REQUESTED, CONSENT_TRANSFER, CONSENTED, TransferParty.CURRENT_EMPLOYER, Guard.NONE,
                false));
        table.add(new Transition(REQUESTED, REFUSE_TRANSFER, REFUSED, TransferParty.CURRENT_EMPLOYER, Guard.NONE,
                true));
        // 接收单位进行材料汇总, or declines
        table.add(new Transition(CONSENTED, COMPILE_TRANSFER, COMPILED, TransferParty.RECEIVING_EMPLOYER,
                Guard.MATERIALS_COMPILED, false));
        table.add(new Transition(CONSENTED, REFUSE_TRANSFER, REFUSED, TransferParty.RECEIVING_EMPLOYER, Guard.NONE,
                true));
        // 报主管部门审核
        table.add(new Transition(COMPILED, REVIEW_TRANSFER, REVIEWED, TransferParty.SUPERVISING_UNIT, Guard.NONE,
                false));
        table.add(new Transition(COMPILED, REFUSE_TRANSFER, REFUSED, TransferParty.SUPERVISING_UNIT, Guard.NONE,
                true));
        // 送专项办审批 (企业 → 高等学校、科研机构: 专家咨询顾问组审核 first)
        table.add(new Transition(REVIEWED, APPROVE_TRANSFER, APPROVED, TransferParty.OFFICE,
                Guard.PANEL_AGREED_IF_REQUIRED, false));
        table.add(new Transition(REVIEWED, REFUSE_TRANSFER, REFUSED, TransferParty.OFFICE, Guard.NONE, true));
        // 本人撤回: the person may withdraw the request at any step before the office decides
        for (TransferStatus open : List.of(REQUESTED, CONSENTED, COMPILED, REVIEWED)) {
            table.add(new Transition(open, WITHDRAW_TRANSFER, WITHDRAWN, TransferParty.PERSON, Guard.NONE, false));
        }
        TABLE = Collections.unmodifiableList(table);
    }

    private TransferFlow() {
    }

    public static List<Transition> table() {
        return TABLE;
    }

    public static Optional<Transition> find(TransferStatus from, TransferEvent event) {
        return TABLE.stream().filter(row -> row.from() == from && row.event() == event).findFirst();
    }

    /**
     * Decides a transition or refuses it with the reason: the row exists, the actor is its party, a reason
     * is given where required, the guard holds.
     */
    public static Transition decide(TransferStatus from, TransferEvent event, Set<TransferParty> parties,
            String reason, Facts facts) {
        Transition row = find(from, event)
                .orElseThrow(() -> new Refusal("transfer.refused.notAllowed", from, event));
        if (!parties.contains(row.party())) {
            throw new Refusal("transfer.refused.wrongParty", event, row.party());
        }
        if (row.reasonRequired() && !StringUtils.hasText(reason)) {
            throw Refusal.onField("reason", "transfer.refused.reasonRequired");
        }
        if (!row.guard().holds(facts)) {
            throw new Refusal("transfer.refused.guard." + row.guard().name());
        }
        return row;
    }

    /** The events these parties could cause from a state (guards not yet checked). */
    public static Set<TransferEvent> eventsFor(TransferStatus from, Set<TransferParty> parties) {
        Set<TransferEvent> events = EnumSet.noneOf(TransferEvent.class);
        TABLE.stream().filter(row -> row.from() == from && parties.contains(row.party()))
                .forEach(row -> events.add(row.event()));
        return events;
    }

    /** Who takes the next step from a state, if anyone (the party of its forward row). */
    public static Optional<TransferParty> nextParty(TransferStatus from) {
        return TABLE.stream().filter(row -> row.from() == from && row.event() != REFUSE_TRANSFER
                        && row.event() != WITHDRAW_TRANSFER)
                .map(Transition::party).findFirst();
    }
}
