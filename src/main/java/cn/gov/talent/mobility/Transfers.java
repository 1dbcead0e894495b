package cn.gov.talent.mobility;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.web.multipart.MultipartFile;

import cn.gov.talent.application.Attachments;
import cn.gov.talent.application.StoredFile;
import cn.gov.talent.audit.AuditEntry;
import cn.gov.talent.audit.AuditRecord;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.notification.Notifications;
import cn.gov.talent.organization.Accounts;
import cn.gov.talent.organization.Organization;
import cn.gov.talent.organization.Province;
import cn.gov.talent.organization.UnitKind;
import cn.gov.talent.organization.UnitNode;
import cn.gov.talent.program.ProgramCategory;
import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.DataScope;
import cn.gov.talent.shared.NotFound;
import cn.gov.talent.shared.Paging;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.shared.Role;
import cn.gov.talent.tracking.TalentRecord;
import cn.gov.talent.tracking.TalentRecords;
import cn.gov.talent.tracking.TalentStatus;

/**
 * 工作单位转换 (002 art. 32): the rules explained before the request ({@link TransferRules}), the person's
 * request, and each step of {@link TransferFlow} by its party, the transfer locked, every step audited (who,
 * when, from, to, why) and notified to whoever acts next. The office's approval moves the talent record to
 * the receiving employer through {@link TalentRecords#transfer} in the same transaction.
 */
@Service
public class Transfers {

    /** The list's order: the latest change first. */
    static final Sort LIST_ORDER = Sort.by(Sort.Direction.DESC, "statusChangedAt").and(Sort.by(Sort.Direction.DESC, "id"));

    /** At most this many files of materials at once. */
    static final int MAX_FILES = 5;

    static final int REASON_MAX = 1000;

    static final int NOTE_MAX = 2000;

    private final TransferRepository transfers;
    private final TransferFileRepository files;
    private final TalentRecords records;
    private final Organization organization;
    private final Programs programs;
    private final Accounts accounts;
    private final Attachments store;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;

    Transfers(TransferRepository transfers, TransferFileRepository files, TalentRecords records,
            Organization organization, Programs programs, Accounts accounts, Attachments store,
            Notifications notifications, AuditTrail audit, MessageSource messages, Clock clock) {
        this.transfers = transfers;
        this.files = files;
        this.records = records;
        this.organization = organization;
        this.programs = programs;
        this.accounts = accounts;
        this.store = store;
        this.notifications = notifications;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    // ---- before the request: the rules, explained ---------------------------------------------------

    /** The person's own record, which they may ask to move; anyone else's is not found (404). */
    @Transactional(readOnly = true)
    public TalentRecord ownRecord(Long recordId, Actor person) {
        if (recordId == null) {
            throw new NotFound("talent record");
        }
        TalentRecord record = records.visible(recordId, person.scope());
        if (person.userId() == null || record.getApplicantId() != person.userId()) {
            throw new NotFound("talent record " + recordId);
        }
        return record;
    }

    /** The employers a person may name, under their recommending units, in the tree's order. */
    public Map<UnitNode, List<UnitNode>> destinations() {
        return organization.employersByRecommender();
    }

    /** The provinces by code (to name where each employer lies). */
    public Map<String, Province> provincesByCode() {
        Map<String, Province> byCode = new HashMap<>();
        organization.provinces().forEach(province -> byCode.put(province.code(), province));
        return byCode;
    }

    /** Whether the record is in its first term (its support cycle, which for the 千人计划 is the first contract term). */
    public boolean firstTerm(TalentRecord record) {
        return !today().isAfter(record.getCycleEnd());
    }

    /** Where a unit is, as the rules read it. */
    public TransferRules.Place placeOf(long unitId) {
        UnitNode unit = organization.unit(unitId).orElseThrow(() -> new NotFound("unit " + unitId));
        return new TransferRules.Place(unit.name(), organization.province(unit.provinceCode()).orElse(null),
                unit.institutionType());
    }

    /**
     * The rules applied to moving this record to this unit: the first term, the program's regional rule, the
     * category's 新疆西藏 mark, both places, and whether the advisory panel must be heard.
     */
    @Transactional(readOnly = true)
    public TransferRules.Verdict check(TalentRecord record, long toUnitId) {
        boolean xinjiangTibet = programs.category(record.getCategoryId()).map(ProgramCategory::isXinjiangTibet)
                .orElse(false);
        return TransferRules.check(new TransferRules.Case(firstTerm(record), record.getCycleEnd(),
                programs.regionalTransferRule(record.getProgramId()), xinjiangTibet, placeOf(record.getUnitId()),
                placeOf(toUnitId)));
    }

    /** The findings as the reader reads them, refusals first. */
    public List<String> explain(TransferRules.Verdict verdict, Locale locale) {
        return verdict.findings().stream()
                .map(finding -> Refusal.describe(finding.problem(null), messages, locale)).toList();
    }

    /** The receiving unit of a request: an active employer other than the record's own; refused otherwise. */
    @Transactional(readOnly = true)
    public UnitNode receivingUnit(TalentRecord record, Long toUnitId) {
        if (toUnitId == null) {
            throw Refusal.onField("toUnitId", "transfer.toUnit.required");
        }
        // a bureau's desk (受理窗口) takes applications; it is nobody's employer to move to
        UnitNode unit = organization.unit(toUnitId)
                .filter(found -> found.kind() == UnitKind.EMPLOYER && found.active() && !found.independentDesk())
                .orElseThrow(() -> Refusal.onField("toUnitId", "transfer.toUnit.notAnEmployer"));
        if (unit.id() == record.getUnitId()) {
            throw Refusal.onField("toUnitId", "transfer.toUnit.same");
        }
        return unit;
    }

    /** Whether the record already has a transfer under way. */
    @Transactional(readOnly = true)
    public boolean hasOpen(long recordId) {
        return transfers.existsOpen(recordId);
    }

    // ---- the request ----------------------------------------------------------------------------

    /**
     * 本人提出申请: the person names the receiving employer and the reason; in the first term, why the move
     * is necessary (确需转换). Refused, with the articles, where the rules forbid the move; one transfer at a
     * time. The current employer is told.
     */
    @Transactional
    public Transfer request(Long recordId, Long toUnitId, String reason, String necessity, Actor person) {
        TalentRecord record = ownRecord(recordId, person);
        if (record.getStatus() != TalentStatus.ACTIVE) {
            throw new Refusal("transfer.notActive", record.getStatus());
        }
        if (transfers.existsOpen(record.getId())) {
            throw new Refusal("transfer.alreadyOpen");
        }
        UnitNode to = receivingUnit(record, toUnitId);
        List<Refusal.Problem> problems = new ArrayList<>();
        TransferRules.Verdict verdict = check(record, to.id());
        if (verdict.refused()) {
            problems.addAll(verdict.refusal("toUnitId").problems());
        }
        String why = text(reason, "reason", REASON_MAX, "transfer.reason.required", problems);
        String necessary = verdict.necessityRequired()
                ? text(necessity, "necessity", REASON_MAX, "transfer.necessity.required", problems) : null;
        UnitNode reviewer = organization.recommendingUnitOf(to.id()).orElse(null);
        if (reviewer == null) {
            problems.add(new Refusal.Problem("toUnitId", "transfer.toUnit.noSupervisingUnit", new Object[] {to.name()}));
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        Transfer transfer = transfers.saveAndFlush(new Transfer(
                new Transfer.Person(record.getId(), record.getApplicantId(), record.getPersonName(),
                        record.getCertificateNo(), record.getProgramId(), record.getCategoryId()),
                new Transfer.Unit(record.getUnitId(), record.getUnitPath(), record.getEmployerName()),
                new Transfer.Unit(to.id(), to.path(), to.name()),
                new Transfer.Unit(reviewer.id(), reviewer.path(), reviewer.name()), why, necessary,
                verdict.necessityRequired(), record.getCycleEnd(), verdict.panelRequired(), clock.instant()));
        AuditEntry entry = new AuditEntry(person, "TRANSFER", transfer.getId(), transfer.label(), "REQUEST_TRANSFER",
                null, TransferStatus.REQUESTED.name(), why);
        audit.record(necessary == null
                ? entry.withNote("audit.note.transferRequested", record.getEmployerName(), to.name())
                : entry.withNote("audit.note.transferRequested.necessity", record.getEmployerName(), to.name(),
                        necessary));
        notifyNext(transfer, TransferStatus.REQUESTED);
        return transfer;
    }

    // ---- the steps ------------------------------------------------------------------------------

    /** 转出单位同意: the current employer consents, with an opinion if it has one. */
    @Transactional
    public void consent(long id, String opinion, Actor employer) {
        Transfer transfer = locked(id, employer);
        fire(transfer, TransferEvent.CONSENT_TRANSFER, employer, optional(opinion, "opinion", REASON_MAX),
                TransferFlow.Facts.NONE);
    }

    /**
     * 接收单位进行材料汇总: the receiving employer uploads the materials (PDF, PNG or JPEG recognised by their
     * first bytes, within the size limit; at most {@value #MAX_FILES} at once, at least one in all) with a note.
     */
    @Transactional
    public void compile(long id, String note, List<MultipartFile> uploads, Actor employer) {
        Transfer transfer = locked(id, employer);
        List<MultipartFile> given = uploads == null ? List.of()
                : uploads.stream().filter(Objects::nonNull).filter(file -> !file.isEmpty()).toList();
        if (given.size() > MAX_FILES) {
            throw Refusal.onField("files", "transfer.files.tooMany", MAX_FILES);
        }
        String compiled = optional(note, "note", NOTE_MAX);
        int materials = (int) files.countByTransferId(id) + given.size();
        // the party and the state are decided before anything is stored
        TransferFlow.decide(transfer.getStatus(), TransferEvent.COMPILE_TRANSFER, parties(transfer, employer), compiled,
                new TransferFlow.Facts(materials, transfer.isPanelRequired(), transfer.getPanelAgreed()));
        for (MultipartFile upload : given) {
            StoredFile stored = store.store(upload);
            files.save(new TransferFile(id, stored.fileName(), stored.contentType(), stored.size(), stored.sha256(),
                    employer.username(), clock.instant()));
        }
        transfer.compiled(compiled);
        fire(transfer, TransferEvent.COMPILE_TRANSFER, employer, compiled,
                new TransferFlow.Facts(materials, transfer.isPanelRequired(), transfer.getPanelAgreed()));
    }

    /** 主管部门审核: the recommending unit above the receiving employer passes the transfer to the office. */
    @Transactional
    public void review(long id, String opinion, Actor recommender) {
        Transfer transfer = locked(id, recommender);
        fire(transfer, TransferEvent.REVIEW_TRANSFER, recommender, optional(opinion, "opinion", REASON_MAX),
                TransferFlow.Facts.NONE);
    }

    /**
     * 专家咨询顾问组审核: the office records the advisory panel's opinion on a move from an enterprise to a
     * university or research institute, once reviewed and before it decides. It may record it again.
     */
    @Transactional
    public void recordPanelOpinion(long id, Boolean agreed, String opinion, Actor office) {
        Transfer transfer = locked(id, office);
        if (!parties(transfer, office).contains(TransferParty.OFFICE)) {
            throw new Refusal("transfer.panel.officeOnly");
        }
        if (!transfer.isPanelRequired()) {
            throw new Refusal("transfer.panel.notRequired");
        }
        if (transfer.getStatus() != TransferStatus.REVIEWED) {
            throw new Refusal("transfer.panel.notNow", transfer.getStatus());
        }
        List<Refusal.Problem> problems = new ArrayList<>();
        if (agreed == null) {
            problems.add(new Refusal.Problem("agreed", "transfer.panel.agreedRequired", null));
        }
        String text = text(opinion, "panelOpinion", NOTE_MAX, "transfer.panel.opinionRequired", problems);
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        transfer.panelOpinion(agreed, text, office.username(), clock.instant());
        audit.record(new AuditEntry(office, "TRANSFER", transfer.getId(), transfer.label(), "RECORD_PANEL_OPINION",
                null, null, text).withNote(agreed ? "audit.note.panel.agreed" : "audit.note.panel.disagreed"));
    }

    /**
     * 专项办审批: the office approves, the rules holding still; in the same transaction the talent record moves
     * to the receiving employer with its data scope (and what follows it, through {@code TalentTransferred}).
     */
    @Transactional
    public void approve(long id, Actor office) {
        Transfer transfer = locked(id, office);
        fire(transfer, TransferEvent.APPROVE_TRANSFER, office, null,
                new TransferFlow.Facts(0, transfer.isPanelRequired(), transfer.getPanelAgreed()));
        TalentRecord record = records.find(transfer.getTalentRecordId())
                .orElseThrow(() -> new NotFound("talent record " + transfer.getTalentRecordId()));
        TransferRules.Verdict verdict = check(record, transfer.getToUnitId());
        if (verdict.refused()) {
            throw verdict.refusal(null);
        }
        records.transfer(record.getId(), transfer.getToUnitId(), office);
    }

    /** Refused at the step of the party refusing, with the reason; the person and both employers are told. */
    @Transactional
    public void refuse(long id, String reason, Actor actor) {
        Transfer transfer = locked(id, actor);
        String why = optional(reason, "reason", REASON_MAX);
        fire(transfer, TransferEvent.REFUSE_TRANSFER, actor, why, TransferFlow.Facts.NONE);
        transfer.refused(why);
    }

    /**
     * 本人撤回: the person withdraws the request at any step before the office decides, with a reason if they
     * give one; whoever had the next step, both employers and the person are told.
     */
    @Transactional
    public void withdraw(long id, String reason, Actor person) {
        Transfer transfer = locked(id, person);
        TransferStatus from = transfer.getStatus();
        fire(transfer, TransferEvent.WITHDRAW_TRANSFER, person, optional(reason, "reason", REASON_MAX),
                TransferFlow.Facts.NONE);
        TransferFlow.nextParty(from).ifPresent(party -> {
            switch (party) {
                case SUPERVISING_UNIT -> notifications.send(accounts.userIdsIn(transfer.getReviewerUnitId(),
                        Role.RECOMMENDER), "notification.transfer.WITHDRAWN", transfer.label(),
                        "/transfers/" + transfer.getId());
                case OFFICE -> notifications.send(accounts.userIdsWithRole(Role.OFFICE),
                        "notification.transfer.WITHDRAWN", transfer.label(), "/transfers/" + transfer.getId());
                default -> {
                    // the employers hear of it below, as of every outcome
                }
            }
        });
    }

    // ---- reading --------------------------------------------------------------------------------

    /** The transfers the reader may see, filtered (only those waiting for the reader, if asked), paged in SQL. */
    @Transactional(readOnly = true)
    public Page<Transfer> search(Actor reader, TransferFilter filter, Pageable pageable) {
        Specification<Transfer> where = MobilityScope.transfersWithin(reader.scope())
                .and(MobilityScope.transfersMatching(filter));
        if (filter.isWaiting()) {
            where = where.and(MobilityScope.waitingFor(reader));
        }
        return transfers.findAll(where, Paging.of(pageable, LIST_ORDER));
    }

    /** A transfer within the reader's scope; otherwise not found (404, whether it exists or not). */
    @Transactional(readOnly = true)
    public Transfer visible(long id, DataScope scope) {
        return transfers.findById(id).filter(transfer -> MobilityScope.allows(scope, transfer))
                .orElseThrow(() -> new NotFound("transfer " + id));
    }

    @Transactional(readOnly = true)
    public List<TransferFile> filesOf(long id) {
        return files.findByTransferIdOrderByIdAsc(id);
    }

    /** A file of the materials, for those who see the transfer. */
    @Transactional(readOnly = true)
    public Material material(long id, long fileId, DataScope scope) {
        visible(id, scope);
        TransferFile file = files.findById(fileId).filter(found -> found.getTransferId() == id)
                .orElseThrow(() -> new NotFound("transfer file " + fileId));
        return new Material(store.contentOf(file.getSha256()), file.getFileName(), file.getContentType());
    }

    /** A stored file to send. */
    public record Material(Resource content, String fileName, String contentType) {
    }

    /** Which parties of the transfer the reader is. */
    public Set<TransferParty> parties(Transfer transfer, Actor actor) {
        Set<TransferParty> parties = java.util.EnumSet.noneOf(TransferParty.class);
        if (actor.isSystem()) {
            return parties;
        }
        if (actor.has(Role.APPLICANT) && actor.userId() == transfer.getApplicantId()) {
            parties.add(TransferParty.PERSON);
        }
        if (actor.has(Role.EMPLOYER) && actor.unitId() == transfer.getFromUnitId()) {
            parties.add(TransferParty.CURRENT_EMPLOYER);
        }
        if (actor.has(Role.EMPLOYER) && actor.unitId() == transfer.getToUnitId()) {
            parties.add(TransferParty.RECEIVING_EMPLOYER);
        }
        if (actor.has(Role.RECOMMENDER) && actor.unitId() == transfer.getReviewerUnitId()) {
            parties.add(TransferParty.SUPERVISING_UNIT);
        }
        if (actor.has(Role.OFFICE)) {
            parties.add(TransferParty.OFFICE);
        }
        return parties;
    }

    /** What the reader may do on the transfer now (the page's buttons; guards decide on posting). */
    public Set<TransferEvent> eventsFor(Transfer transfer, Actor actor) {
        return TransferFlow.eventsFor(transfer.getStatus(), parties(transfer, actor));
    }

    /** Whether the reader sees the talent record now (after an approval the old employer no longer does). */
    @Transactional(readOnly = true)
    public boolean recordVisible(Transfer transfer, DataScope scope) {
        return records.find(transfer.getTalentRecordId()).map(record -> record.getApplicantId() == scope.userId()
                || scope.kind() != DataScope.Kind.OWN
                        && scope.allows(record.getUnitPath(), record.getUnitId(), record.getApplicantId()))
                .orElse(false);
    }

    /** The transfer's audit lines, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditRecord> history(long id) {
        return audit.historyOf("TRANSFER", id);
    }

    /**
     * Who acted on each line, named for the reader: the person as the applicant, an official by the unit that
     * acted, the system as the system; never an account.
     */
    public Map<Long, String> actors(long applicantId, List<AuditRecord> lines, Locale locale) {
        Set<Long> unitIds = lines.stream().map(AuditRecord::getActorUnitId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, String> units = organization.unitNames(unitIds);
        Map<Long, String> actors = new HashMap<>();
        for (AuditRecord line : lines) {
            String actor;
            if (line.getActorUserId() == null) {
                actor = messages.getMessage("history.actor.system", null, locale);
            } else if (line.getActorUserId() == applicantId) {
                actor = messages.getMessage("history.actor.applicant", null, locale);
            } else {
                actor = units.getOrDefault(line.getActorUnitId(),
                        messages.getMessage("history.actor.official", null, locale));
            }
            actors.put(line.getId(), actor);
        }
        return actors;
    }

    /** The province of each unit of the transfer (for the page), by unit id; absent when not recorded. */
    public Map<Long, Province> provinces(Transfer transfer) {
        Map<Long, Province> found = new HashMap<>();
        for (long unitId : new long[] {transfer.getFromUnitId(), transfer.getToUnitId()}) {
            organization.provinceOf(unitId).ifPresent(province -> found.put(unitId, province));
        }
        return found;
    }

    // ---- the home page's work -------------------------------------------------------------------

    /** An employer's transfers to consent to and to compile, in one statement. */
    @Transactional(readOnly = true)
    public long[] employerWork(long unitId) {
        return counts(transfers.employerWork(unitId));
    }

    @Transactional(readOnly = true)
    public long countToReview(long unitId) {
        return transfers.countByStatusAndReviewerUnitId(TransferStatus.COMPILED, unitId);
    }

    /** The office's transfers to decide and conversions to decide, in one statement. */
    @Transactional(readOnly = true)
    public long[] officeWork() {
        return counts(transfers.officeWork());
    }

    private static long[] counts(List<Object[]> rows) {
        Object[] row = rows.get(0);
        long[] counts = new long[row.length];
        for (int i = 0; i < row.length; i++) {
            counts[i] = row[i] == null ? 0 : ((Number) row[i]).longValue();
        }
        return counts;
    }

    // ---- inside ---------------------------------------------------------------------------------

    /** The transfer locked for a step, in the actor's scope; 404 outside it. */
    private Transfer locked(long id, Actor actor) {
        return transfers.lockById(id).filter(transfer -> MobilityScope.allows(actor.scope(), transfer))
                .orElseThrow(() -> new NotFound("transfer " + id));
    }

    private Transfer fire(Transfer transfer, TransferEvent event, Actor actor, String reason,
            TransferFlow.Facts facts) {
        TransferStatus from = transfer.getStatus();
        TransferFlow.Transition row = TransferFlow.decide(from, event, parties(transfer, actor), reason, facts);
        transfer.changeStatus(row.to(), clock.instant());
        audit.record(new AuditEntry(actor, "TRANSFER", transfer.getId(), transfer.label(), event.name(), from.name(),
                row.to().name(), reason));
        notifyNext(transfer, row.to());
        return transfer;
    }

    /** Who acts next, by the state reached; the person hears of every step, the employers of the outcome. */
    private void notifyNext(Transfer transfer, TransferStatus to) {
        List<Long> recipients = new ArrayList<>();
        switch (to) {
            case REQUESTED -> recipients.addAll(accounts.userIdsIn(transfer.getFromUnitId(), Role.EMPLOYER));
            case CONSENTED -> recipients.addAll(accounts.userIdsIn(transfer.getToUnitId(), Role.EMPLOYER));
            case COMPILED -> recipients.addAll(accounts.userIdsIn(transfer.getReviewerUnitId(), Role.RECOMMENDER));
            case REVIEWED -> recipients.addAll(accounts.userIdsWithRole(Role.OFFICE));
            case APPROVED, REFUSED, WITHDRAWN -> {
                recipients.addAll(accounts.userIdsIn(transfer.getFromUnitId(), Role.EMPLOYER));
                recipients.addAll(accounts.userIdsIn(transfer.getToUnitId(), Role.EMPLOYER));
            }
        }
        if (to != TransferStatus.REQUESTED) {
            recipients.add(transfer.getApplicantId());
        }
        notifications.send(recipients, "notification.transfer." + to.name(), transfer.label(),
                "/transfers/" + transfer.getId());
    }

    /** A required text, trimmed and within its length; a problem is added otherwise. */
    private static String text(String typed, String field, int max, String requiredKey, List<Refusal.Problem> problems) {
        if (!StringUtils.hasText(typed)) {
            problems.add(new Refusal.Problem(field, requiredKey, null));
            return null;
        }
        String text = typed.strip();
        if (text.length() > max) {
            problems.add(new Refusal.Problem(field, "transfer.text.tooLong", new Object[] {max}));
        }
        return text;
    }

    /** An optional text, trimmed (null when blank), refused beyond its length. */
    private static String optional(String typed, String field, int max) {
        if (!StringUtils.hasText(typed)) {
            return null;
        }
        String text = typed.strip();
        if (text.length() > max) {
            throw Refusal.onField(field, "transfer.text.tooLong", max);
        }
        return text;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
